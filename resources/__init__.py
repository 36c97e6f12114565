"""Reference data, fonts and icons, shipped inside the leadapp package as leadapp.resources."""
