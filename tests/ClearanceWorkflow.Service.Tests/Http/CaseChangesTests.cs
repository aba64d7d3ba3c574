using ClearanceWorkflow.Service.Http;

namespace ClearanceWorkflow.Service.Tests.Http;

public sealed class CaseChangesTests
{
    [Fact]
    public void A_commit_wakes_every_reader_of_that_case_and_no_other()
    {
        var changes = new CaseChanges(reportsCommits: true);
        using var first = changes.Watch("CL-2026-AAAAAA");
        using var second = changes.Watch("CL-2026-AAAAAA");
        using var other = changes.Watch("CL-2026-BBBBBB");

        changes.Committed("CL-2026-AAAAAA");

        Assert.True(first.Changed.IsCompleted);
        Assert.True(second.Changed.IsCompleted);
        Assert.False(other.Changed.IsCompleted);
    }

    [Fact]
    public void A_reader_watching_after_a_commit_waits_for_the_next_one()
    {
        var changes = new CaseChanges(reportsCommits: true);
        using (var before = changes.Watch("CL-2026-AAAAAA"))
        {
            changes.Committed("CL-2026-AAAAAA");
        }
        Assert.Equal(0, changes.CasesWatched);
        using var after = changes.Watch("CL-2026-AAAAAA");
        Assert.False(after.Changed.IsCompleted);
        changes.Committed("CL-2026-AAAAAA");
        Assert.True(after.Changed.IsCompleted);
    }

    [Fact]
    public void A_reader_that_stops_watching_leaves_nothing_behind_and_later_readers_still_wake()
    {
        var changes = new CaseChanges(reportsCommits: true);
        var left = changes.Watch("CL-2026-AAAAAA");
        left.Dispose();
        left.Dispose();
        Assert.Equal(0, changes.CasesWatched);
        using var next = changes.Watch("CL-2026-AAAAAA");
        Assert.False(next.Changed.IsCompleted);
        changes.Committed("CL-2026-AAAAAA");
        Assert.True(next.Changed.IsCompleted);
    }

    [Fact]
    public void A_host_that_reports_no_commits_has_its_readers_look_again_sooner() =>
        Assert.True(new CaseChanges(reportsCommits: false).LookAgainEvery < new CaseChanges(reportsCommits: true).LookAgainEvery);
}
