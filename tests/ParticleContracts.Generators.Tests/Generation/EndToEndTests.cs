using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Pipeline;
using ParticleContracts.Simulator;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// The generated proxy of each sample, compiled into an assembly, loaded, and run against the local cloud simulator:
/// every variable through its typed member, every function, VerifyAsync without and then with drift.
/// </summary>
public sealed class EndToEndTests
{
    public static TheoryData<string> Samples() => new(GeneratorHarness.SampleNames());

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Generated_proxy_reads_variables_calls_functions_and_reports_drift(string sample)
    {
        var proxyType = CompileAndLoad(sample);
        var contract = (ParticleDeviceContract)proxyType.GetProperty("Contract", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.NotEmpty(contract.Members);

        await using var simulator = await ParticleCloudSimulator.StartAsync();
        var device = simulator.AddDevice("device-under-test");
        var expected = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var member in contract.Members)
        {
            if (member.Kind == ParticleMemberKind.Function)
            {
                var name = member.Name;
                device.SetFunction(name, argument => argument.Length + name.Length);
                continue;
            }

            object value = member.CloudType switch
            {
                "int32" => 40 + expected.Count,
                "double" => 21.25 + expected.Count,
                "bool" => true,
                _ => "value of " + member.Name,
            };
            expected[member.Name] = value;
            _ = value switch
            {
                int i => device.SetVariable(member.Name, i),
                double d => device.SetVariable(member.Name, d),
                bool b => device.SetVariable(member.Name, b),
                _ => device.SetVariable(member.Name, (string)value),
            };
        }

        using var http = new HttpClient();
        var client = new ParticleCloudClient(http, new ParticleCloudOptions { BaseAddress = simulator.BaseAddress, AccessToken = simulator.AccessToken });
        var proxy = proxyType.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [client, "device-under-test"])!;

        foreach (var member in contract.Members)
        {
            if (member.Kind == ParticleMemberKind.Variable)
            {
                var method = proxyType.GetMethod(ContractNaming.MemberName(RegistrationKind.Variable, member.Name))!;
                var value = await InvokeAsync(proxy, method, CancellationToken.None);
                Assert.Equal(expected[member.Name], value);
                Assert.Equal(expected[member.Name].GetType(), method.ReturnType.GetGenericArguments()[0]);
            }
            else
            {
                var method = proxyType.GetMethod(ContractNaming.MemberName(RegistrationKind.Function, member.Name), [typeof(string), typeof(CancellationToken)])!;
                var returned = await InvokeAsync(proxy, method, "abc", CancellationToken.None);
                Assert.Equal(3 + member.Name.Length, returned);
            }
        }

        // The generated contract lists the firmware's ledgers; VerifyAsync checks each definition in the cloud.
        Assert.Equal(sample == "weather-station" ? [new ParticleContractLedger("station-config", ParticleLedgerDirection.Downstream)] : [], contract.Ledgers);
        foreach (var ledger in contract.Ledgers)
        {
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = ledger.Name, Scope = ParticleLedgerScope.Device, Direction = ledger.Direction });
        }

        var verify = proxyType.GetMethod("VerifyAsync")!;
        var clean = (ContractVerificationResult)(await InvokeAsync(proxy, verify, CancellationToken.None))!;
        Assert.False(clean.HasDrift, clean.ToString());

        // A firmware change on the device: one registration gone, one added, one variable with another type.
        var firstVariable = contract.Members.FirstOrDefault(m => m.Kind == ParticleMemberKind.Variable);
        var firstFunction = contract.Members.FirstOrDefault(m => m.Kind == ParticleMemberKind.Function);
        var expectedDrift = new List<ContractDrift>();
        if (firstVariable is not null)
        {
            device.RemoveVariable(firstVariable.Name);
            var otherType = firstVariable.CloudType == "string" ? "int32" : "string";
            _ = otherType == "string" ? device.SetVariable(firstVariable.Name, "changed") : device.SetVariable(firstVariable.Name, 7);
            expectedDrift.Add(new ContractDrift(ContractDriftKind.TypeMismatch, ParticleMemberKind.Variable, firstVariable.Name, firstVariable.CloudType, otherType));
        }

        if (firstFunction is not null)
        {
            device.RemoveFunction(firstFunction.Name);
            expectedDrift.Add(new ContractDrift(ContractDriftKind.MissingOnDevice, ParticleMemberKind.Function, firstFunction.Name, null, null));
        }

        if (contract.Ledgers.FirstOrDefault() is { } firstLedger)
        {
            await client.ArchiveLedgerAsync(firstLedger.Name);
            expectedDrift.Add(new ContractDrift(ContractDriftKind.MissingInCloud, ParticleMemberKind.Ledger, firstLedger.Name, firstLedger.Direction.ToString(), null));
        }

        device.SetFunction("factoryReset", _ => 1);
        expectedDrift.Add(new ContractDrift(ContractDriftKind.ExtraOnDevice, ParticleMemberKind.Function, "factoryReset", null, null));

        var drifted = (ContractVerificationResult)(await InvokeAsync(proxy, verify, CancellationToken.None))!;
        Assert.True(drifted.HasDrift);
        Assert.Equal(expectedDrift.OrderBy(d => d.Kind).ToArray(), drifted.Drifts.ToArray());
    }

    [Fact]
    public async Task Proxies_come_from_dependency_injection_and_the_escape_hatches_work()
    {
        var proxyType = CompileAndLoad("tutorial-function");
        await using var simulator = await ParticleCloudSimulator.StartAsync();
        simulator.AddDevice("lamp").SetFunction("setColor", argument => argument == "255,0,0" ? 1 : 0).SetVariable("uptime", 12);

        var services = new ServiceCollection();
        services.AddSingleton(_ => new ParticleCloudClient(new HttpClient(), new ParticleCloudOptions { BaseAddress = simulator.BaseAddress, AccessToken = simulator.AccessToken }));
        typeof(ParticleDeviceServiceCollectionExtensions).GetMethod(nameof(ParticleDeviceServiceCollectionExtensions.AddParticleDevice))!
            .MakeGenericMethod(proxyType)
            .Invoke(null, [services, "lamp"]);
        await using var provider = services.BuildServiceProvider();

        var proxy = provider.GetRequiredService(proxyType);
        Assert.Equal("lamp", proxyType.GetProperty("DeviceIdOrName")!.GetValue(proxy));
        Assert.Equal(1, await InvokeAsync(proxy, proxyType.GetMethod("SetColorAsync", [typeof(string), typeof(CancellationToken)])!, "255,0,0", CancellationToken.None));
        Assert.Equal(0, await InvokeAsync(proxy, proxyType.GetMethod("CallFunctionAsync")!, "setColor", "nope", CancellationToken.None));
        Assert.Equal(12, await InvokeAsync(proxy, proxyType.GetMethod("GetVariableAsync")!.MakeGenericMethod(typeof(int)), "uptime", CancellationToken.None));

        var tooLong = new string('x', 1025);
        var error = await Assert.ThrowsAsync<ParticleArgumentTooLongException>(() => InvokeAsync(proxy, proxyType.GetMethod("SetColorAsync", [typeof(string), typeof(CancellationToken)])!, tooLong, CancellationToken.None));
        Assert.Contains("1025 UTF-8 bytes", error.Message, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Type> Loaded = new(StringComparer.Ordinal);

    /// <summary>Generates the sample's proxy, compiles it with warnings as errors, loads it, and returns the proxy class.</summary>
    private static Type CompileAndLoad(string sample)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(sample, out var cached))
            {
                return cached;
            }

            var assembly = GeneratorHarness.Load(GeneratorHarness.Run(GeneratorHarness.LoadSample(sample)), "proxy-" + sample);
            var proxyType = assembly.GetTypes().Single(t => t.IsClass && t.GetCustomAttribute<ParticleDeviceContractAttribute>() is not null);
            Loaded[sample] = proxyType;
            return proxyType;
        }
    }

    private static async Task<object?> InvokeAsync(object target, MethodInfo method, params object[] arguments)
    {
        var task = (Task)method.Invoke(target, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task);
    }
}
