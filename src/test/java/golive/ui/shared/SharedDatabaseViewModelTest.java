package golive.ui.shared;

import golive.store.StoreTarget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedDatabaseViewModelTest {

    @Test
    void theFormOpensOnlyWhenTheAddressUserAndKeyFileAreThereAndThePasswordIsNotInTheAddress() {
        SharedDatabaseViewModel vm = new SharedDatabaseViewModel();
        assertThat(vm.problemKeyProperty().get()).isEqualTo("shared.problem.url");
        vm.urlProperty().set("jdbc:postgresql://db.example:5432/golive_shop1?password=x");
        assertThat(vm.problemKeyProperty().get()).isEqualTo("shared.problem.passwordInUrl");
        vm.urlProperty().set("jdbc:postgresql://db.example:5432/golive_shop1");
        assertThat(vm.problemKeyProperty().get()).isEqualTo("shared.problem.user");
        vm.userProperty().set("golive_shop1");
        assertThat(vm.problemKeyProperty().get()).isEqualTo("shared.problem.keyFile");
        assertThat(vm.canOpenProperty().get()).isFalse();
        assertThat(vm.target()).isEmpty();
        vm.keyFileProperty().set("/home/team/shop1.key");
        vm.passwordProperty().set("s3cret");
        assertThat(vm.canOpenProperty().get()).isTrue();
        StoreTarget.Shared t = (StoreTarget.Shared) vm.target().orElseThrow();
        assertThat(t.login().server()).isEqualTo("db.example:5432/golive_shop1");
        assertThat(t.login().user()).isEqualTo("golive_shop1");
        assertThat(t.describe()).doesNotContain("s3cret");
    }

    @Test
    void theUserMayComeFromTheAddress() {
        SharedDatabaseViewModel vm = new SharedDatabaseViewModel();
        vm.urlProperty().set("jdbc:postgresql://db.example/golive_shop1?user=support");
        vm.keyFileProperty().set("/k");
        assertThat(vm.canOpenProperty().get()).isTrue();
        assertThat(((StoreTarget.Shared) vm.target().orElseThrow()).login().user()).isEqualTo("support");
    }
}
