using System.Text.Json.Nodes;
using ParticleContracts.Cli.Export;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Cli.Tests.Export;

/// <summary>The AsyncAPI event channels built from an export model directly, for shapes no sample firmware has.</summary>
public sealed class AsyncApiEventChannelTests
{
    [Fact]
    public void AsyncApi_subscription_data_is_text_when_the_handler_shows_nothing_narrower()
    {
        var document = new JsonObject { ["channels"] = new JsonObject(), ["operations"] = new JsonObject(), ["components"] = new JsonObject { ["messages"] = new JsonObject() } };
        var contract = new ExportContract(
            "Say",
            null,
            [],
            [],
            [],
            [new ExportSubscription("say/text", false), new ExportSubscription("say/level", false, ArgumentGrammar.AnyText("it is printed"))],
            [],
            []);
        AsyncApiEventChannels.Add(document, contract);
        var messages = document["components"]!["messages"]!;
        foreach (var id in new[] { "subscription_say_text", "subscription_say_level" })
        {
            var data = messages[id]!["payload"]!["properties"]!["data"]!;
            Assert.Equal("string", data["type"]!.GetValue<string>());
            Assert.Null(data["pattern"]);
            Assert.Contains("no narrower type", data["description"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }
}
