using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Analyzers.Tests;

public sealed class NameSuggesterTests
{
    [Theory]
    [InlineData("temprature", "temperature", 2)]
    [InlineData("setColour", "setColor", 2)]
    [InlineData("Temperature", "temperature", 1)]
    [InlineData("tmep", "temp", 2)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "abc", 6)]
    public void Distance_counts_half_edits(string a, string b, int expected) =>
        Assert.Equal(expected, NameSuggester.Distance(a, b));

    [Fact]
    public void Closest_names_come_first_and_far_names_are_left_out()
    {
        var suggestions = NameSuggester.Suggest("temprature", ["humidity", "temperature", "temperatures", "Temprature2", "x"]);
        Assert.Equal(["temperature", "Temprature2", "temperatures"], suggestions.ToArray());
    }

    [Fact]
    public void At_most_three_names_are_suggested()
    {
        var suggestions = NameSuggester.Suggest("level", ["level1", "level2", "level3", "level4"]);
        Assert.Equal(["level1", "level2", "level3"], suggestions.ToArray());
    }

    [Fact]
    public void No_candidates_no_suggestions() =>
        Assert.Empty(NameSuggester.Suggest("temp", []));
}
