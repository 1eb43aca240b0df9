package it.wecare.factotum.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.LinkTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static ActionLink link() {
        return new ActionLink(
                LinkTokens.hash(LinkTokens.newToken()),
                LinkPurpose.RESET_PASSWORD,
                "Account",
                "7",
                NOW,
                NOW.plusSeconds(3600));
    }

    @Test
    void aFreshLinkServesItsPurposeUntilItExpires() {
        ActionLink link = link();
        assertThat(link.refusalFor(LinkPurpose.RESET_PASSWORD, NOW.plusSeconds(3599)))
                .isNull();
        assertThat(link.refusalFor(LinkPurpose.RESET_PASSWORD, NOW.plusSeconds(3600)))
                .isEqualTo(LinkRefusal.EXPIRED);
        assertThat(link.refusalFor(LinkPurpose.SET_PASSWORD, NOW)).isEqualTo(LinkRefusal.WRONG_PURPOSE);
    }

    @Test
    void aLinkWorksOnce() {
        ActionLink link = link();
        link.use(LinkPurpose.RESET_PASSWORD, NOW);
        assertThat(link.refusalFor(LinkPurpose.RESET_PASSWORD, NOW)).isEqualTo(LinkRefusal.USED);
        assertThatThrownBy(() -> link.use(LinkPurpose.RESET_PASSWORD, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevokedLinkNoLongerWorks() {
        ActionLink link = link();
        link.revoke(NOW);
        assertThat(link.refusalFor(LinkPurpose.RESET_PASSWORD, NOW)).isEqualTo(LinkRefusal.REVOKED);
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsAHash() {
        String token = LinkTokens.newToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(LinkTokens.wellFormed(token)).isTrue();
        assertThat(LinkTokens.hash(token)).hasSize(64).isNotEqualTo(token);
        assertThat(LinkTokens.newToken()).isNotEqualTo(token);
        assertThat(LinkTokens.wellFormed("../../etc/passwd")).isFalse();
        assertThat(LinkTokens.wellFormed(null)).isFalse();
    }

    @Test
    void onlyTheFirstEmailThatNamesALinkOwnsIt() {
        ActionLink link = link();
        link.seal("0123456789abcdef0123456789abcdef");

        assertThat(link.carriedBy(41)).isTrue();
        assertThat(link.carriedBy(42)).isFalse();
        assertThat(link.carriedBy(41)).isTrue();
        assertThat(link.getEmailId()).isEqualTo(41L);
    }

    @Test
    void aLinkIsSealedOnce() {
        ActionLink link = link();
        link.seal("0123456789abcdef0123456789abcdef");

        assertThat(link.getSeal()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThatThrownBy(() -> link.seal("fedcba9876543210fedcba9876543210"))
                .isInstanceOf(IllegalStateException.class);
    }
}
