#!/usr/bin/env sh
# Renders every icon the three systems need from golive.svg, and copies the window's sizes where it loads them:
#   golive-16.png … golive-1024.png   the window (16–256), the Linux desktop entry and .deb (512)
#   golive.ico                         Windows: launcher, Start menu, .msi (16–256 in one file)
#   golive.icns                        macOS: the .app and the .dmg (16–1024)
# Needs rsvg-convert (librsvg2-bin) or ImageMagick's convert, ImageMagick for the .ico and png2icns (icnsutils)
# for the .icns:  apt-get install librsvg2-bin imagemagick icnsutils
set -eu
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512 1024; do
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$s" -h "$s" golive.svg -o "golive-$s.png"
  else
    convert -background none -density 384 golive.svg -resize "${s}x${s}" "golive-$s.png"
  fi
done
convert golive-16.png golive-24.png golive-32.png golive-48.png golive-64.png golive-128.png golive-256.png golive.ico
png2icns golive.icns golive-16.png golive-32.png golive-48.png golive-128.png golive-256.png golive-512.png golive-1024.png >/dev/null
mkdir -p ../src/main/resources/golive/ui/icons
for s in 16 24 32 48 64 128 256; do cp "golive-$s.png" ../src/main/resources/golive/ui/icons/; done
