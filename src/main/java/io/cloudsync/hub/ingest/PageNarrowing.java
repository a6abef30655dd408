package io.cloudsync.hub.ingest;

import io.cloudsync.hub.store.MalformedAnswerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Finds the records at fault in a page whose answer stays malformed: the page is read again in halves
 * ({@code limit=offset,count}), a half that still fails in halves again, down to one record, whose id is then read
 * from an id-only list (which does not carry the broken content). What reads well is kept in order; each record
 * that fails alone is handed back with the answer it spoiled, to be dead-lettered.
 *
 * @param <P> what one read gives (rows, or rows with what they need from the store)
 */
final class PageNarrowing<P> {

    /** Reads {@code count} records from {@code offset}. */
    @FunctionalInterface
    interface Reader<P> {
        P read(int offset, int count);
    }

    /** A record that spoils every answer holding it; {@code id} is -1 when even its id could not be read. */
    record Poisoned(long id, int offset, MalformedAnswerException error) {
    }

    /** What the page held: the parts read, the poisoned records, and how many records it had in all. */
    record Narrowed<P>(List<P> parts, List<Poisoned> poisoned, int records) {

        /** The ids the page held: those read well (given), then those of the records at fault. */
        List<Long> withPoisoned(List<Long> readWell) {
            List<Long> all = new ArrayList<>(readWell);
            poisoned.forEach(poison -> all.add(poison.id()));
            return all;
        }
    }

    private final Reader<P> reader;
    private final ToIntFunction<P> size;
    private final IntFunction<Optional<Long>> idAt;

    /** @param size how many records a part read holds (fewer than asked: the window ends there) */
    PageNarrowing(Reader<P> reader, ToIntFunction<P> size, IntFunction<Optional<Long>> idAt) {
        this.reader = reader;
        this.size = size;
        this.idAt = idAt;
    }

    /**
     * Narrowing over a list of ids read by id (the closing sweep): a part stands for the ids it asked for, even
     * when some of them no longer exist.
     */
    static <P> PageNarrowing<P> overIds(List<Long> ids, java.util.function.Function<List<Long>, P> read) {
        return new PageNarrowing<>((offset, count) -> read.apply(ids.subList(offset, Math.min(ids.size(),
                offset + count))), null, offset -> offset < ids.size() ? Optional.of(ids.get(offset)) : Optional.empty());
    }

    Narrowed<P> narrow(int offset, int count, MalformedAnswerException first) {
        List<P> parts = new ArrayList<>();
        List<Poisoned> poisoned = new ArrayList<>();
        int records = narrow(offset, count, first, parts, poisoned);
        return new Narrowed<>(parts, poisoned, records);
    }

    /** Narrows {@code count} records from {@code offset} that failed with {@code error}; returns how many there were. */
    private int narrow(int offset, int count, MalformedAnswerException error, List<P> parts, List<Poisoned> poisoned) {
        if (count == 1) {
            Optional<Long> id = idAt.apply(offset);
            if (id.isEmpty()) {
                return 0;
            }
            poisoned.add(new Poisoned(id.get(), offset, error));
            return 1;
        }
        int half = count / 2;
        int first = part(offset, half, parts, poisoned);
        if (first < half) {
            return first;
        }
        return first + part(offset + half, count - half, parts, poisoned);
    }

    private int part(int offset, int count, List<P> parts, List<Poisoned> poisoned) {
        try {
            P part = reader.read(offset, count);
            parts.add(part);
            return size == null ? count : size.applyAsInt(part);
        } catch (MalformedAnswerException e) {
            return narrow(offset, count, e, parts, poisoned);
        }
    }
}
