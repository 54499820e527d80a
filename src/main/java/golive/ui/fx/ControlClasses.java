package golive.ui.fx;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads JavaFX's control skins and behaviours on a background thread, so the first table or dialog a
 * person opens does not stop the window while the FX thread reads those classes from the jar
 * (FxPulseBenchmark: the preview table's first showing held one pulse for about 350 ms). Loaded, not
 * initialised: no JavaFX code runs off the FX thread. Where JavaFX is not in a jar (a modular runtime)
 * there is nothing to read ahead and it does nothing.
 */
public final class ControlClasses {
    private static final List<String> PACKAGES = List.of("javafx/scene/control/skin/", "com/sun/javafx/scene/control/behavior/",
            "com/sun/javafx/scene/control/");

    private ControlClasses() {
    }

    /** How many classes it loaded (0 when JavaFX's controls are not in a jar). */
    public static int preload() {
        Class<?> anchor = javafx.scene.control.skin.TableViewSkin.class;
        ClassLoader loader = anchor.getClassLoader();
        Path jar;
        try {
            var source = anchor.getProtectionDomain().getCodeSource();
            jar = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return 0;
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            return 0;
        }
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && PACKAGES.stream().anyMatch(p -> name.startsWith(p) && name.indexOf('/', p.length()) < 0)) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError e) {
                        // one that cannot load now will load, or fail, where it is used
                    }
                }
            }
        } catch (IOException e) {
            // nothing more to read ahead: each class loads where it is first used, as without this
        }
        return loaded;
    }
}
