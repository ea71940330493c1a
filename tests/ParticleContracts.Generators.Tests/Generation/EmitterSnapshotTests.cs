using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Pipeline;
using static ParticleContracts.Generators.Tests.Generation.ContractModels;

namespace ParticleContracts.Generators.Tests.Generation;

public sealed class EmitterSnapshotTests
{
    [Fact]
    public void Every_cloud_type_and_a_function()
    {
        var output = ProxyModelBuilder.Build(EveryType(), "Lamp", "Consumer.Devices", 1024);

        Snapshot.Verify("Emitter.EveryType", ProxyEmitter.Emit(output.Proxy));
        Assert.Empty(output.Diagnostics);
    }

    [Fact]
    public void Colliding_names_are_renamed_deterministically_and_reported()
    {
        var contract = Contract(
            Variable("temp", CloudType.Double, "double", 10),
            Function("getTemp", 11),
            Function("get-temp", 12),
            Function("verify", 13),
            Variable("variable", CloudType.String, "String", 14));

        var output = ProxyModelBuilder.Build(contract, "Lamp", "Consumer.Devices", 622);

        Snapshot.Verify("Emitter.Collisions", ProxyEmitter.Emit(output.Proxy));
        var members = output.Proxy.Members.Select(m => (m.CloudName, m.MemberName)).ToArray();
        Assert.Equal(
            new (string, string?)[]
            {
                ("temp", "GetTempAsync"),
                ("variable", "GetVariableVariableAsync"),
                ("getTemp", "GetTempFunctionAsync"),
                ("get-temp", "GetTempFunction2Async"),
                ("verify", "VerifyFunctionAsync"),
            },
            members);
        // One diagnostic per renamed member, from the one naming owner (ProxyMemberNames): a member every proxy has
        // (PCT1024), another registration's member (PCT1016).
        Assert.Equal(["PCT1024", "PCT1016", "PCT1016", "PCT1024"], output.Diagnostics.Select(d => d.Id));
        Assert.Contains(output.Diagnostics, d => d.Message.Contains("Function \"getTemp\" and variable \"temp\" both map to the C# member GetTempAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_named_like_the_proxy_type_is_renamed_and_reported()
    {
        var output = ProxyModelBuilder.Build(Contract(Function("ping", 10), Function("iPing", 11)), "PingAsync", "Consumer.Devices", 1024);

        Assert.Equal(["PingFunctionAsync", "IPingFunctionAsync"], output.Proxy.Members.Select(m => m.MemberName));
        Assert.Equal(["PCT1080", "PCT1080"], output.Diagnostics.Select(d => d.Id));
        Assert.Contains("which the proxy class already uses", output.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("which the proxy interface already uses", output.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Untyped_variables_and_run_time_names_get_no_member()
    {
        var contract = Contract(
            Variable("mystery", CloudType.None, "long long", 10),
            new Registration(RegistrationKind.Function, null, "name", "int(String)", CloudType.None, RegistrationForm.FunctionPointer, "f", At("src/lamp.cpp", 11), false, null, null),
            Function("ok", 12));

        var output = ProxyModelBuilder.Build(contract, "Lamp", "Consumer.Devices", 1024);

        Assert.Equal(["mystery", "ok"], output.Proxy.Members.Select(m => m.CloudName));
        Assert.Null(output.Proxy.Members[0].MemberName);
        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.Equal("PCT1081", diagnostic.Id);
        Assert.Equal(10, diagnostic.Location.Line);
        var source = ProxyEmitter.Emit(output.Proxy);
        Assert.Contains("new global::ParticleContracts.ParticleContractMember(\"mystery\", global::ParticleContracts.ParticleMemberKind.Variable, null, \"long long\", \"src/lamp.cpp\", 10)", source, StringComparison.Ordinal);
        Assert.DoesNotContain("GetMysteryAsync", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Re_registering_a_name_keeps_the_last_registration()
    {
        var contract = Contract(
            Variable("level", CloudType.Int32, "int", 10),
            Variable("level", CloudType.Double, "double", 20));

        var output = ProxyModelBuilder.Build(contract, "Lamp", "Consumer.Devices", 1024);

        var member = Assert.Single(output.Proxy.Members);
        Assert.Equal(CloudType.Double, member.CloudType);
        Assert.Equal(20, member.Line);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote\"back\\slash", "\"quote\\\"back\\\\slash\"")]
    [InlineData("line\nbreak\u2028sep", "\"line\\nbreak\\u2028sep\"")]
    public void Literals_escape_everything_a_string_literal_cannot_hold(string value, string expected) =>
        Assert.Equal(expected, ProxyEmitter.Literal(value));

    [Fact]
    public void Documentation_text_stays_on_one_line_and_is_xml_escaped() =>
        Assert.Equal("a &lt;b&gt; &amp; c d", ProxyEmitter.Xml("a <b> &\n c\u2028\td"));

    [Fact]
    public void Emitting_twice_gives_identical_text()
    {
        var first = ProxyEmitter.Emit(ProxyModelBuilder.Build(EveryType(), "Lamp", "Consumer.Devices", 1024).Proxy);
        var second = ProxyEmitter.Emit(ProxyModelBuilder.Build(EveryType(), "Lamp", "Consumer.Devices", 1024).Proxy);

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsumerFramework.Net80)]
    [InlineData(ConsumerFramework.Net100)]
    public void Emitted_code_compiles_warning_free(ConsumerFramework framework)
    {
        var sources = new[]
        {
            ProxyEmitter.Emit(ProxyModelBuilder.Build(EveryType(), "Lamp", "Consumer.Devices", 1024).Proxy),
            ProxyEmitter.Emit(ProxyModelBuilder.Build(
                Contract(Variable("temp", CloudType.Double, "double", 10), Function("getTemp", 11), Function("verify", 12)),
                "Other",
                "Consumer.Devices",
                1024).Proxy),
        };

        var compilation = GeneratorHarness.CreateCompilation(framework, sources);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning || d.IsWarningAsError));
    }
}
