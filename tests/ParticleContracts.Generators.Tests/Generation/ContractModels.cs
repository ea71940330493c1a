using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>Hand-built contracts for emitter tests, independent of the firmware reader.</summary>
internal static class ContractModels
{
    public const string Root = "/src/firmware/lamp";

    public static FirmwareLocation At(string file, int line, int column = 5, int start = 0, int length = 10) =>
        new(Root + "/" + file, line, column, start, length, line, column + length);

    public static Registration Variable(string name, CloudType type, string cppType, int line, string? declaration = null, bool conditional = false) =>
        new(RegistrationKind.Variable, name, "\"" + name + "\"", cppType, type, RegistrationForm.Reference, null, At("src/lamp.cpp", line),
            conditional, declaration, declaration is null ? null : At("src/lamp.cpp", 3));

    public static Registration Function(string name, int line, string handler = "handler") =>
        new(RegistrationKind.Function, name, "\"" + name + "\"", "int(String)", CloudType.None, RegistrationForm.FunctionPointer, handler,
            At("src/lamp.cpp", line), false, "int " + handler + "(String command)", At("src/lamp.cpp", 40));

    public static DeviceContract Contract(params Registration[] registrations) =>
        new("Lamp", Root, new[] { Root + "/src/lamp.cpp" }.ToEquatableArray(), registrations.ToEquatableArray(), EquatableArray<FirmwareDiagnostic>.Empty);

    /// <summary>One registration of every cloud type and a function, with declarations that need XML escaping.</summary>
    public static DeviceContract EveryType() => Contract(
        Variable("brightness", CloudType.Int32, "int", 20, "int brightness = 0;"),
        Variable("temperature", CloudType.Double, "double", 21, "double temperature;"),
        Variable("on", CloudType.Bool, "bool", 22, "bool on = false;", conditional: true),
        Variable("label", CloudType.String, "char[64]", 23, "char label[64] = \"<lamp & co>\";"),
        Function("setColor", 30, "setColor"),
        Function("analog-value", 31, "analog"));
}
