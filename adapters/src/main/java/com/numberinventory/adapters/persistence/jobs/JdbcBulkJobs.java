package com.numberinventory.adapters.persistence.jobs;

import static com.numberinventory.adapters.persistence.shared.Jdbc.instant;
import static com.numberinventory.adapters.persistence.shared.Jdbc.text;
import static com.numberinventory.adapters.persistence.shared.Jdbc.utc;

import com.numberinventory.adapters.persistence.shared.Jdbc;
import com.numberinventory.application.port.out.jobs.BulkJobs;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobAction;
import com.numberinventory.domain.job.JobId;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bulk jobs in {@code jobs} and their items in {@code job_items}, in plain JDBC. */
@ApplicationScoped
public class JdbcBulkJobs implements BulkJobs {

    private static final String COLUMNS = "id, action, reason, workspace_id, series_id, status, total, done, failed, "
            + "created_at, updated_at, completed_at";
    private static final String ITEM_COLUMNS = "job_id, position, e164, number_id, outcome, error_code";

    private final Jdbc jdbc;

    @Inject
    public JdbcBulkJobs(EntityManager em) {
        this.jdbc = Jdbc.on(em);
    }

    @Override
    public void add(BulkJob j, List<BulkJob.Item> items, CurrentActor.Actor createdBy) {
        jdbc.work(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO jobs (" + COLUMNS
                    + ", created_by_type, created_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, j.id().value());
                ps.setString(2, j.action().wireName());
                text(ps, 3, j.reason());
                ps.setObject(4, j.workspaceId().map(WorkspaceId::value).orElse(null), Types.OTHER);
                ps.setObject(5, j.seriesId().map(SeriesId::value).orElse(null), Types.OTHER);
                ps.setString(6, j.status().wireName());
                ps.setInt(7, j.total());
                ps.setInt(8, j.done());
                ps.setInt(9, j.failed());
                ps.setObject(10, utc(j.createdAt()));
                ps.setObject(11, utc(j.updatedAt()));
                ps.setObject(12, j.completedAt().map(Jdbc::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(13, createdBy.type());
                ps.setString(14, createdBy.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO job_items (job_id, position, e164, number_id)"
                    + " VALUES (?, ?, ?, ?)")) {
                for (BulkJob.Item i : items) {
                    ps.setObject(1, j.id().value());
                    ps.setInt(2, i.position());
                    text(ps, 3, i.e164().map(E164::value));
                    ps.setObject(4, i.numberId().map(NumberId::value).orElse(null), Types.OTHER);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<CurrentActor.Actor> createdBy(JobId id) {
        return jdbc.first("SELECT created_by_type, created_by_id FROM jobs WHERE id = ?",
                ps -> ps.setObject(1, id.value()), rs -> new CurrentActor.Actor(rs.getString(1), rs.getString(2)));
    }

    @Override
    public Optional<BulkJob> find(JobId id) {
        return jdbc.first("SELECT " + COLUMNS + " FROM jobs WHERE id = ?", ps -> ps.setObject(1, id.value()),
                JdbcBulkJobs::job);
    }

    @Override
    public Page<BulkJob> list(PageRequest page) {
        List<BulkJob> found = jdbc.page("SELECT " + COLUMNS + " FROM jobs", List.of(), page, JdbcBulkJobs::job);
        return Page.of(found, page.limit(), j -> j.id().value());
    }

    @Override
    public Page<BulkJob.Item> items(JobId id, PageRequest page) {
        int after = page.after().map(JdbcBulkJobs::positionOf).orElse(-1);
        List<BulkJob.Item> found = jdbc.query("SELECT " + ITEM_COLUMNS + " FROM job_items "
                + "WHERE job_id = ? AND position > ? ORDER BY position LIMIT ?", ps -> {
                    ps.setObject(1, id.value());
                    ps.setInt(2, after);
                    ps.setInt(3, page.limit() + 1);
                }, JdbcBulkJobs::item);
        return Page.of(found, page.limit(), i -> new UUID(0L, i.position()));
    }

    /** The position a results cursor holds; a forged one that holds none starts after the end. */
    private static int positionOf(UUID cursor) {
        long low = cursor.getLeastSignificantBits();
        return cursor.getMostSignificantBits() == 0L && low >= 0 && low <= Integer.MAX_VALUE ? (int) low
                : Integer.MAX_VALUE;
    }

    @Override
    public Optional<BulkJob.Item> claimNext() {
        return jdbc.first("SELECT " + ITEM_COLUMNS + " FROM job_items "
                + "WHERE outcome IS NULL ORDER BY job_id, position LIMIT 1 FOR UPDATE SKIP LOCKED",
                Jdbc.Parameters.NONE, JdbcBulkJobs::item);
    }

    @Override
    public Optional<BulkJob.Item> lockPending(JobId id, int position) {
        return jdbc.first("SELECT " + ITEM_COLUMNS + " FROM job_items "
                + "WHERE job_id = ? AND position = ? AND outcome IS NULL FOR UPDATE", ps -> {
                    ps.setObject(1, id.value());
                    ps.setInt(2, position);
                }, JdbcBulkJobs::item);
    }

    @Override
    public BulkJob recordOutcome(BulkJob.Item item, BulkJob.Outcome outcome, Optional<NumberId> numberId,
                                 Optional<String> errorCode, Instant now) {
        return jdbc.work(c -> {
            int recorded = Jdbc.update(c, "UPDATE job_items SET outcome = ?, error_code = ?, number_id = "
                    + "COALESCE(number_id, ?) WHERE job_id = ? AND position = ? AND outcome IS NULL", ps -> {
                        ps.setString(1, outcome.wireName());
                        text(ps, 2, errorCode);
                        ps.setObject(3, numberId.map(NumberId::value).orElse(null), Types.OTHER);
                        ps.setObject(4, item.jobId().value());
                        ps.setInt(5, item.position());
                    });
            if (recorded != 1) {
                throw new IllegalStateException("job item " + item.jobId() + "/" + item.position()
                        + " already has an outcome");
            }
            int ok = outcome == BulkJob.Outcome.SUCCEEDED ? 1 : 0;
            // One statement under the job's row lock: the item that brings done + failed to total completes it.
            try (PreparedStatement ps = c.prepareStatement("UPDATE jobs SET done = done + ?, failed = failed + ?, "
                    + "status = CASE WHEN done + failed + 1 >= total THEN 'completed' ELSE 'running' END, "
                    + "completed_at = CASE WHEN done + failed + 1 >= total THEN ? ELSE NULL END, updated_at = ? "
                    + "WHERE id = ? RETURNING " + COLUMNS)) {
                ps.setInt(1, ok);
                ps.setInt(2, 1 - ok);
                ps.setObject(3, utc(now));
                ps.setObject(4, utc(now));
                ps.setObject(5, item.jobId().value());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return job(rs);
                }
            }
        });
    }

    private static BulkJob.Item item(ResultSet rs) throws SQLException {
        String e164 = rs.getString("e164");
        UUID number = rs.getObject("number_id", UUID.class);
        String outcome = rs.getString("outcome");
        return new BulkJob.Item(new JobId(rs.getObject("job_id", UUID.class)), rs.getInt("position"),
                Optional.ofNullable(e164).map(v -> E164.parse("e164", v)),
                Optional.ofNullable(number).map(NumberId::new),
                Optional.ofNullable(outcome).flatMap(BulkJob.Outcome::fromWire),
                Optional.ofNullable(rs.getString("error_code")));
    }

    private static BulkJob job(ResultSet rs) throws SQLException {
        UUID ws = rs.getObject("workspace_id", UUID.class);
        return new BulkJob(new JobId(rs.getObject("id", UUID.class)),
                JobAction.fromWire(rs.getString("action")).orElseThrow(),
                Optional.ofNullable(rs.getString("reason")), Optional.ofNullable(ws).map(WorkspaceId::new),
                Optional.ofNullable(rs.getObject("series_id", UUID.class)).map(SeriesId::new),
                BulkJob.Status.fromWire(rs.getString("status")).orElseThrow(), rs.getInt("total"),
                rs.getInt("done"), rs.getInt("failed"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                instant(rs, "completed_at"));
    }
}
