package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipState;
import java.math.BigDecimal;

/**
 * A trainee's line of the month's allowance statement: the hours the plan asked for that month, the hours
 * the register holds, the participation in percent and what the allowance pays for it.
 */
public record AllowanceLine(
        long traineeshipId,
        String traineeName,
        String hostName,
        TraineeshipState state,
        BigDecimal monthlyAllowance,
        BigDecimal planned,
        BigDecimal done,
        BigDecimal participation,
        BigDecimal due) {}
