package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an item of the annual cycle goes on a plan of meetings, the way a secretariat builds its "årshjul": on the
 * agenda of a meeting its body has planned inside the item's window, the first for the accounts of the year gone, the
 * last, nearest where it falls due, for the rest, and never before what it waits for is handed in
 * ({@link Status#ON_AGENDA}); a submission an approval waits for, due by the meeting that approves
 * ({@link Status#DUE_BY_MEETING}: the project chiefs' 2023 plan by KMK's meeting of 3 November 2022); listed, not
 * dropped, when the body has none planned there ({@link Status#NO_MEETING_PLANNED}); a body's own duty to meet with
 * the meetings planned for it in the year or quarter it counts over ({@link Status#MEETINGS}); and what no body that
 * meets does ({@link Status#NOT_A_BODY}: a project chief's submission, the head of secretariat's accounts).
 *
 * <pre>{@code
 * List<AgendaItem> agenda = g.annualCycle(from, to, Criteria.any(), MeetingLog.read(Path.of("plan.csv"), g.accepted("body")));
 * agenda.get(0).meeting(); // kmk on 2022-02-03
 * }</pre>
 *
 * @param item     the annual cycle item
 * @param status   where it went
 * @param meetings the meeting it is on ({@code ON_AGENDA}) or is due by ({@code DUE_BY_MEETING}), or the body's
 *                 meetings in the window ({@code MEETINGS});
 *                 empty otherwise
 */
public record AgendaItem(CycleItem item, Status status, List<Meeting> meetings) {
    /**
     * Checks that there are as many meetings as the status takes, and copies them.
     *
     * @param item     the annual cycle item
     * @param status   where it went
     * @param meetings one meeting for {@code ON_AGENDA} and {@code DUE_BY_MEETING}, one or more for {@code MEETINGS},
     *     none otherwise; copied
     * @throws NullPointerException     when {@code item}, {@code status} or {@code meetings} is null
     * @throws IllegalArgumentException when the number of meetings does not fit the status, naming both
     */
    public AgendaItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        meetings = List.copyOf(meetings);
        int expected = switch (status) {
            case ON_AGENDA, DUE_BY_MEETING -> 1;
            case MEETINGS -> Math.max(1, meetings.size());
            default -> 0;
        };
        if (meetings.size() != expected) {
            throw new IllegalArgumentException("an item " + status.id() + " has " + (status == Status.MEETINGS ? "one meeting or more"
                    : expected == 1 ? "one meeting" : "no meeting") + "; found " + meetings);
        }
    }

    /** Where an item went. */
    public enum Status {
        /**
         * On the agenda of a meeting its body has planned in its window: the first for an account of the year gone, else
         * the last, nearest where it falls due; and not before what it waits for is handed in, when a meeting allows.
         */
        ON_AGENDA,
        /**
         * A submission an approval waits for (the project chiefs' plan for KMK), due by the meeting that approves, when its
         * own window ends after that meeting: handed in before it is approved.
         */
        DUE_BY_MEETING,
        /** Its body has no meeting planned in its window: listed so, not dropped. */
        NO_MEETING_PLANNED,
        /** A body's duty to meet: the meetings planned in the year or quarter it counts over. */
        MEETINGS,
        /** Not a body that meets (a post, a municipality, no one named): on no meeting's agenda. */
        NOT_A_BODY;

        /**
         * {@code on-agenda}, {@code due-by-meeting}, {@code no-meeting-planned}, {@code meetings} or {@code not-a-body}.
         *
         * @return the id JSON prints as the item's {@code status}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The meeting it is on the agenda of; empty unless {@link Status#ON_AGENDA}.
     *
     * @return the meeting, or empty
     */
    public Optional<Meeting> meeting() {
        return status == Status.ON_AGENDA ? Optional.of(meetings.get(0)) : Optional.empty();
    }

    /**
     * The meeting it is due by; empty unless {@link Status#DUE_BY_MEETING}.
     *
     * @return the meeting, or empty
     */
    public Optional<Meeting> dueBy() {
        return status == Status.DUE_BY_MEETING ? Optional.of(meetings.get(0)) : Optional.empty();
    }

    /**
     * The day it is listed under: the meeting's day when on an agenda or due by a meeting, else the day the item falls due.
     *
     * @return the day, never {@code null}
     */
    public LocalDate date() {
        return meeting().or(this::dueBy).map(Meeting::date).orElse(item.due());
    }

    /**
     * The quarter of {@link #date()}, as {@code 2022-Q1}.
     *
     * @return the quarter, {@code YYYY-Qn}
     */
    public String quarter() {
        return CycleItem.quarterOf(date());
    }

    /** {@code kmk, 2022-02-03: approve annual-accounts 2021 ... (kmk.tasks-5)}, or the item with where it went. */
    @Override
    public String toString() {
        return status == Status.ON_AGENDA ? meetings.get(0).body() + ", " + meetings.get(0).date() + ": " + item
                : status == Status.DUE_BY_MEETING ? "by " + meetings.get(0).body() + ", " + meetings.get(0).date() + ": " + item
                : status.id() + ": " + item;
    }
}
