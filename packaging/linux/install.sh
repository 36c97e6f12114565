#!/bin/sh
# Install LeadApp for you alone, into ~/.local. No admin rights are needed.
# ./uninstall.sh removes it again; your database (in ~/.local/share/LeadApp) is always kept.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/leadapp
bin_dir=$HOME/.local/bin

mkdir -p "$HOME/.local/lib" "$bin_dir" "$data_home/applications" "$data_home/metainfo"
# Copy beside the old copy first, then swap, so a failed copy never leaves half an app.
rm -rf "$app_dir.new"
cp -R "$here/app" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
cp "$here/uninstall.sh" "$app_dir/uninstall.sh"
ln -sfn "$app_dir/leadapp" "$bin_dir/leadapp"

(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$data_home/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data_home/icons/$icon"
done
sed "s|^Exec=leadapp|Exec=\"$app_dir/leadapp\"|" "$here/share/applications/org.leadapp.LeadApp.desktop" \
    > "$data_home/applications/org.leadapp.LeadApp.desktop"
cp "$here/share/metainfo/org.leadapp.LeadApp.metainfo.xml" "$data_home/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true

echo "LeadApp is installed in $app_dir and is in your applications menu."
case ":$PATH:" in
*":$bin_dir:"*) ;;
*) echo "To start it from a terminal as 'leadapp', add $bin_dir to your PATH." ;;
esac
