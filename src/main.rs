fn main() {
    std::process::exit(tact::cli::run(std::env::args_os()));
}
