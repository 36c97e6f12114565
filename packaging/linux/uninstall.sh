#!/bin/sh
# Remove LeadApp installed by install.sh from ~/.local. Your database and settings are kept:
# they live in ~/.local/share/LeadApp, which this never touches.
set -eu
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/leadapp
bin_dir=$HOME/.local/bin

if [ -L "$bin_dir/leadapp" ] && [ "$(readlink "$bin_dir/leadapp")" = "$app_dir/leadapp" ]; then
    rm -f "$bin_dir/leadapp"
fi
rm -f "$data_home/applications/org.leadapp.LeadApp.desktop" "$data_home/metainfo/org.leadapp.LeadApp.metainfo.xml"
find "$data_home/icons/hicolor" -name 'org.leadapp.LeadApp.*' -type f -exec rm -f {} + 2>/dev/null || true
rm -rf "$app_dir"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true

echo "LeadApp is removed. Your data is kept in $data_home/LeadApp."
