package golive.ui.fx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** JavaFX's skins and behaviours are read ahead from its jar with no toolkit running, and again at no harm. */
class ControlClassesTest {

    @Test
    void loadsTheSkinsAndBehavioursFromJavaFxsJar() {
        int loaded = ControlClasses.preload();
        assertThat(loaded).as("the table, list, dialog, ... skins and their behaviours").isGreaterThan(100);
        assertThat(ControlClasses.preload()).as("a second time: the same classes, already loaded").isEqualTo(loaded);
    }
}
