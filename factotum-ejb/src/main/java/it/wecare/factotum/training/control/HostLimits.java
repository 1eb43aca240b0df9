package it.wecare.factotum.training.control;

/**
 * How many trainees a host may have at once (national guidelines 25/5/2017, D.G.R. 85-6277: 1 with up to
 * 5 staff, 2 with 6 to 20, a tenth of the staff above 20) and how many one host tutor may follow.
 *
 * @param perTutor the most trainees one host tutor follows at once (3: a common regional rule)
 */
public record HostLimits(int perTutor) {

    /** The most trainees a host with {@code staff} people may have at once. */
    public static int forStaff(int staff) {
        if (staff <= 5) {
            return 1;
        }
        if (staff <= 20) {
            return 2;
        }
        return Math.max(2, staff / 10);
    }

    /**
     * Checks one more trainee for a host with {@code staff} that has {@code hostNow} under way, and for a
     * tutor who follows {@code tutorNow}.
     *
     * @throws TrainingRule naming {@code hostStaff} or {@code tutorId}
     */
    public void check(int staff, int hostNow, int tutorNow) {
        int host = forStaff(staff);
        if (hostNow + 1 > host) {
            throw new TrainingRule("hostStaff", "traineeship.error.hostLimit", staff, host);
        }
        if (tutorNow + 1 > perTutor) {
            throw new TrainingRule("tutorId", "traineeship.error.tutorLimit", perTutor);
        }
    }
}
