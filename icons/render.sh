#!/usr/bin/env sh
# Renders the app icon's PNG sizes from golive.svg and copies them where the window loads them.
# Needs rsvg-convert (apt-get install librsvg2-bin) or ImageMagick's convert.
set -eu
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256; do
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$s" -h "$s" golive.svg -o "golive-$s.png"
  else
    convert -background none -density 384 golive.svg -resize "${s}x${s}" "golive-$s.png"
  fi
done
mkdir -p ../src/main/resources/golive/ui/icons
cp golive-*.png ../src/main/resources/golive/ui/icons/
