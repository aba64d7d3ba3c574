using ClearanceWorkflow.Service.Http;
using Microsoft.Extensions.Primitives;

namespace ClearanceWorkflow.Service.Tests.Http;

public sealed class ViewTagsTests
{
    [Fact]
    public void The_same_bytes_give_the_same_strong_tag_and_other_bytes_another()
    {
        var tag = ViewTags.Of("{\"stage\":\"DocumentReview\"}"u8);
        Assert.Equal(tag, ViewTags.Of("{\"stage\":\"DocumentReview\"}"u8));
        Assert.NotEqual(tag, ViewTags.Of("{\"stage\":\"AwaitingDeposit\"}"u8));
        Assert.Matches("^\"[0-9a-f]{32}\"$", tag);
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"old\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"old\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void A_reader_holds_the_view_when_if_none_match_names_its_tag(string ifNoneMatch, bool holds) =>
        Assert.Equal(holds, ViewTags.Holds(new StringValues(ifNoneMatch), "\"abc\""));

    [Theory]
    [InlineData("wait=10", 10)]
    [InlineData("respond-async, wait=5", 5)]
    [InlineData("WAIT = 7", 7)]
    [InlineData("wait=\"3\"", 3)]
    [InlineData("wait=600", 30)]
    [InlineData("wait=0", 0)]
    [InlineData("wait=-1", 0)]
    [InlineData("wait=1.5", 0)]
    [InlineData("wait", 0)]
    [InlineData("return=minimal", 0)]
    [InlineData("", 0)]
    public void Prefer_wait_is_read_in_whole_seconds_capped_and_otherwise_ignored(string prefer, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ViewTags.Wait(new StringValues(prefer)));
}
