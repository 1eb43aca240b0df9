package it.wecare.factotum.web.requests;

import it.wecare.factotum.requests.boundary.CalendarEntry;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The calendars of jobs and days away as {@code p:schedule} shows them, loaded a view at a time. */
final class CalendarModels {

    /** Loads the entries from one day to another, both included. */
    interface Loader extends Serializable {
        List<CalendarEntry> load(LocalDate from, LocalDate to);
    }

    private CalendarModels() {}

    /**
     * A lazy model of {@code loader}'s entries; {@code jobUrl} gives the link of a job (null: none) and
     * {@code awayTitle} the title of days away.
     */
    static ScheduleModel lazy(Loader loader, SerializableFunction<CalendarEntry, String> jobUrl, String awayLabel) {
        return new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                LocalDate from = start.toLocalDate();
                LocalDate to = end.toLocalDate().minusDays(1);
                if (to.isBefore(from)) {
                    to = from;
                }
                for (CalendarEntry e : loader.load(from, to)) {
                    if (e.kind() == CalendarEntry.Kind.JOB) {
                        addEvent(DefaultScheduleEvent.builder()
                                .id("job-" + e.id())
                                .title(e.workerName() + " · " + e.title() + " (" + e.number() + ")")
                                .startDate(e.first().atTime(e.start()))
                                .endDate(e.first().atTime(e.end()))
                                .styleClass("job-" + e.state().name())
                                .url(jobUrl.apply(e))
                                .build());
                    } else {
                        addEvent(DefaultScheduleEvent.builder()
                                .id("away-" + e.id())
                                .title(e.workerName() + " · " + awayLabel + (e.title() == null ? "" : ": " + e.title()))
                                .startDate(e.first().atStartOfDay())
                                .endDate(e.last().plusDays(1).atStartOfDay())
                                .allDay(true)
                                .styleClass("away")
                                .build());
                    }
                }
            }
        };
    }

    /** A function the view scope can keep. */
    interface SerializableFunction<T, R> extends Function<T, R>, Serializable {}
}
