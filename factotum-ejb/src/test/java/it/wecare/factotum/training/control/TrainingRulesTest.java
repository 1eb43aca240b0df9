package it.wecare.factotum.training.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers of traineeships: durations, holidays, hours due, register and host limits, the allowance. */
class TrainingRulesTest {

    private static final DurationLimits LIMITS = new DurationLimits(2, 6, 12, 24, 24);

    @Test
    void sixMonthsFitEveryKindAndTwoAreTheShortest() {
        LocalDate start = LocalDate.of(2026, 1, 12);
        LIMITS.check(
                TraineeshipKind.EXTRACURRICULAR,
                TraineeGroup.ORDINARY,
                start,
                start.plusMonths(6).minusDays(1));
        LIMITS.check(
                TraineeshipKind.INCLUSION,
                TraineeGroup.ORDINARY,
                start,
                start.plusMonths(6).minusDays(1));
        LIMITS.check(
                TraineeshipKind.EXTRACURRICULAR,
                TraineeGroup.ORDINARY,
                start,
                start.plusMonths(2).minusDays(1));
        assertThatThrownBy(() -> LIMITS.check(
                        TraineeshipKind.EXTRACURRICULAR,
                        TraineeGroup.ORDINARY,
                        start,
                        start.plusMonths(2).minusDays(2)))
                .hasMessageContaining("tooShort");
        assertThatThrownBy(() -> LIMITS.check(
                        TraineeshipKind.EXTRACURRICULAR, TraineeGroup.ORDINARY, start, start.plusMonths(6)))
                .isInstanceOfSatisfying(TrainingRule.class, e -> {
                    assertThat(e.field()).isEqualTo("endsOn");
                    assertThat(e.arguments()).containsExactly(6);
                });
        assertThatThrownBy(() -> LIMITS.check(TraineeshipKind.EXTRACURRICULAR, TraineeGroup.ORDINARY, start, start))
                .hasMessageContaining("endBeforeStart");
    }

    @Test
    void theLongestDependsOnKindAndGroup() {
        assertThat(LIMITS.maxMonths(TraineeshipKind.EXTRACURRICULAR, TraineeGroup.ORDINARY))
                .isEqualTo(6);
        assertThat(LIMITS.maxMonths(TraineeshipKind.EXTRACURRICULAR, TraineeGroup.DISADVANTAGED))
                .isEqualTo(12);
        assertThat(LIMITS.maxMonths(TraineeshipKind.EXTRACURRICULAR, TraineeGroup.DISABLED))
                .isEqualTo(24);
        assertThat(LIMITS.maxMonths(TraineeshipKind.INCLUSION, TraineeGroup.ORDINARY))
                .isEqualTo(24);
    }

    @Test
    void easterMondayAndTheFixedHolidaysAreNotWorkingDays() {
        assertThat(ItalianHolidays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(ItalianHolidays.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(ItalianHolidays.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(ItalianHolidays.isWorkingDay(LocalDate.of(2026, 6, 2))).isFalse();
        assertThat(ItalianHolidays.isWorkingDay(LocalDate.of(2026, 12, 8))).isFalse();
        assertThat(ItalianHolidays.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();
        assertThat(ItalianHolidays.isWorkingDay(LocalDate.of(2026, 12, 7))).isTrue();
    }

    @Test
    void hoursDueFollowTheWorkingDaysAndStopWhileSuspended() {
        // 20 h a week = 4 h a working day; 1–14 December 2026: 10 weekdays, 8 December a holiday
        HoursPlan plan =
                new HoursPlan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31), new BigDecimal("20"), List.of());
        assertThat(plan.dueBy(LocalDate.of(2026, 12, 14))).isEqualByComparingTo("36");
        HoursPlan paused = new HoursPlan(
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 5, 31),
                new BigDecimal("20"),
                List.of(new HoursPlan.Pause(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 11))));
        assertThat(paused.dueBy(LocalDate.of(2026, 12, 14))).isEqualByComparingTo("24");
        HoursPlan open = new HoursPlan(
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 5, 31),
                new BigDecimal("20"),
                List.of(new HoursPlan.Pause(LocalDate.of(2026, 12, 9), null)));
        assertThat(open.dueBy(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("20");
        assertThat(plan.dueBy(LocalDate.of(2026, 11, 30))).isEqualByComparingTo("0");
        assertThat(plan.dueBy(LocalDate.of(2030, 1, 1))).isEqualByComparingTo(plan.total());
    }

    @Test
    void theRegisterKeepsEightHoursADayAndFortyAWeekInHalfHours() {
        RegisterLimits limits = new RegisterLimits(8, 40);
        limits.check(new BigDecimal("8"), BigDecimal.ZERO, new BigDecimal("32"));
        assertThatThrownBy(() -> limits.check(new BigDecimal("1"), new BigDecimal("7.5"), BigDecimal.ZERO))
                .hasMessageContaining("dayLimit");
        assertThatThrownBy(() -> limits.check(new BigDecimal("4"), BigDecimal.ZERO, new BigDecimal("38")))
                .hasMessageContaining("weekLimit");
        assertThatThrownBy(() -> limits.check(new BigDecimal("1.25"), BigDecimal.ZERO, BigDecimal.ZERO))
                .hasMessageContaining("hoursHalf");
        assertThatThrownBy(() -> limits.check(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
                .hasMessageContaining("hoursPositive");
    }

    @Test
    void aHostTakesTraineesByItsSizeAndATutorFollowsThree() {
        assertThat(HostLimits.forStaff(0)).isEqualTo(1);
        assertThat(HostLimits.forStaff(5)).isEqualTo(1);
        assertThat(HostLimits.forStaff(6)).isEqualTo(2);
        assertThat(HostLimits.forStaff(20)).isEqualTo(2);
        assertThat(HostLimits.forStaff(35)).isEqualTo(3);
        HostLimits limits = new HostLimits(3);
        limits.check(12, 1, 2);
        assertThatThrownBy(() -> limits.check(4, 1, 0)).hasMessageContaining("hostLimit");
        assertThatThrownBy(() -> limits.check(40, 1, 3))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("tutorId"));
    }

    @Test
    void theAllowanceIsPaidInFullFromSeventyPercentAndInProportionBelow() {
        Allowance allowance = new Allowance(new BigDecimal("0.70"));
        assertThat(allowance.due(new BigDecimal("600"), new BigDecimal("80"), new BigDecimal("56")))
                .isEqualByComparingTo("600.00");
        assertThat(allowance.due(new BigDecimal("600"), new BigDecimal("80"), new BigDecimal("40")))
                .isEqualByComparingTo("300.00");
        assertThat(allowance.due(new BigDecimal("600"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isEqualByComparingTo("0");
        assertThat(Allowance.participation(new BigDecimal("80"), new BigDecimal("56")))
                .isEqualByComparingTo("70");
    }
}
