package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.internal.Snapshot;

/** Behind {@link Governance#calendar}: what falls due in a window, from the rules' typed deadlines and frequencies. */
final class Calendar {
    private Calendar() {
    }

    static List<Deadline> between(Snapshot snapshot, Questions questions, LocalDate from, LocalDate to) {
        List<Deadline> all = new ArrayList<>();
        for (Duty d : snapshot.facts().duties()) {
            Due due = d.due();
            if (due != null) {
                List<LocalDate> dates = due.kind() == Due.Kind.ON ? List.of(due.date()) : due.occurrencesWithin(d.validity());
                for (LocalDate date : dates) {
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(new Deadline(date, Deadline.Kind.DEADLINE, questions.row(d, within(d.validity(), date)), "due " + due));
                    }
                }
            } else if (d.frequency() != null && d.frequency().min() > 0
                    && (d.frequency().per() == Frequency.Per.YEAR || d.frequency().per() == Frequency.Per.QUARTER)) {
                boolean quarterly = d.frequency().per() == Frequency.Per.QUARTER;
                for (int year = d.validity().from().getYear(); year <= d.validity().to().getYear(); year++) {
                    for (int q = 1; q <= (quarterly ? 4 : 1); q++) {
                        LocalDate start = quarterly ? LocalDate.of(year, 3 * q - 2, 1) : LocalDate.of(year, 1, 1);
                        LocalDate end = quarterly ? start.plusMonths(3).minusDays(1) : LocalDate.of(year, 12, 31);
                        if (end.isBefore(d.validity().from()) || start.isAfter(d.validity().to())) {
                            continue;
                        }
                        LocalDate date = end.isAfter(d.validity().to()) ? d.validity().to() : end;
                        if (!date.isBefore(from) && !date.isAfter(to)) {
                            all.add(new Deadline(date, Deadline.Kind.RECURRING, questions.row(d, date),
                                    "counted over " + (quarterly ? year + "-Q" + q : String.valueOf(year))));
                        }
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Deadline::date).thenComparing(x -> x.row().fact().action())
                .thenComparing(x -> x.row().fact().matter()).thenComparing(x -> String.valueOf(x.row().fact().scope())));
        return List.copyOf(all);
    }

    /** The day to resolve a deadline's actors on: the deadline, or the last day the duty holds when it falls after. */
    private static LocalDate within(Validity v, LocalDate date) {
        return v.contains(date) ? date : date.isAfter(v.to()) ? v.to() : v.from();
    }
}
