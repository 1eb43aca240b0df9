package it.wecare.factotum.barter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of credits for goods, applications to jobs and refunds of cancelled jobs: whatever
 * happens (and whatever the rules refuse), the balances sum to zero and no client or job goes below zero.
 */
class LedgerPropertiesTest {

    /** One operation: 0 credit, 1 apply, 2 refund; on client {@code who} and job {@code job}. */
    record Op(int kind, int who, int job, BigDecimal amount) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.bigDecimals()
                                .between(new BigDecimal("0.01"), new BigDecimal("500.00"))
                                .ofScale(2))
                .as(Op::new);
        return op.list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void creditIsNeverCreatedOrLostAndNoClientOrJobGoesNegative(@ForAll("operations") List<Op> ops) {
        Ledger ledger = new Ledger(Map.of());
        for (Op op : ops) {
            Ledger.Account client = Ledger.Account.client("cliente" + op.who() + "@factotum.test");
            Ledger.Account job = Ledger.Account.job(op.job());
            try {
                switch (op.kind()) {
                    case 0 -> ledger.credit(client, op.amount());
                    case 1 -> ledger.apply(client, job, op.amount());
                    default -> ledger.refund(job, client);
                }
            } catch (Ledger.Refused refused) {
                assertThat(refused.messageKey()).isEqualTo("barter.error.notEnoughCredit");
            }
            assertThat(ledger.sum()).isEqualByComparingTo("0");
            for (int c = 0; c < 4; c++) {
                assertThat(ledger.balance(Ledger.Account.client("cliente" + c + "@factotum.test"))
                                .signum())
                        .isNotNegative();
            }
            for (int j = 0; j < 5; j++) {
                assertThat(ledger.balance(Ledger.Account.job(j)).signum()).isNotNegative();
            }
        }
    }

    @Test
    void aClientCannotUseMoreCreditThanItHas() {
        Ledger ledger = new Ledger(Map.of());
        Ledger.Account anna = Ledger.Account.client("Anna@Factotum.test");
        ledger.credit(anna, new BigDecimal("40.00"));
        assertThatThrownBy(() -> ledger.apply(anna, Ledger.Account.job(1), new BigDecimal("40.01")))
                .isInstanceOf(Ledger.Refused.class)
                .hasMessage("barter.error.notEnoughCredit");
        ledger.apply(anna, Ledger.Account.job(1), new BigDecimal("25.50"));
        assertThat(ledger.balance(Ledger.Account.client("anna@factotum.test"))).isEqualByComparingTo("14.50");
        assertThat(ledger.refund(Ledger.Account.job(1), anna).amount()).isEqualByComparingTo("25.50");
        assertThat(ledger.balance(anna)).isEqualByComparingTo("40.00");
        assertThat(ledger.balance(Ledger.Account.GOODS)).isEqualByComparingTo("-40.00");
        assertThat(ledger.refund(Ledger.Account.job(1), anna)).isNull();
    }

    @Test
    void amountsArePositiveCents() {
        Ledger ledger = new Ledger(Map.of());
        Ledger.Account anna = Ledger.Account.client("anna@factotum.test");
        assertThatThrownBy(() -> ledger.credit(anna, BigDecimal.ZERO)).isInstanceOf(Ledger.Refused.class);
        assertThatThrownBy(() -> ledger.credit(anna, new BigDecimal("1.005"))).isInstanceOf(Ledger.Refused.class);
    }
}
