//! Entry point of the page: installs the panic hook and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The parsing worker runs this same module: there is no page to mount there.
    if web_sys::window().is_some() {
        kpiboard::ui::mount();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("kpiboard is a web page: run `scripts/serve.sh` (see README).");
}
