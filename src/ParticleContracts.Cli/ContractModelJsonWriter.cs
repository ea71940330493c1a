using System.Text.Json;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli;

/// <summary>
/// The <c>inspect --json</c> lists beyond registrations, as the reader found them (with files and lines):
/// <c>functionArguments</c> (grammar and return codes), <c>events</c> (<c>publishes</c> with payload shapes, nested
/// fields and their conditionality; <c>subscriptions</c>) and <c>data</c> (<c>ledgers</c> with keys, <c>environment</c>).
/// Enum values are spelled as the lock file spells them.
/// </summary>
internal static class ContractModelJsonWriter
{
    /// <summary>Nesting deeper than this is not written (the reader bounds it well below).</summary>
    private const int MaxDepth = 32;

    public static void Write(Utf8JsonWriter writer, DeviceContract contract)
    {
        writer.WriteStartArray("functionArguments");
        foreach (var arguments in contract.FunctionArguments)
        {
            WriteArguments(writer, contract, arguments);
        }

        writer.WriteEndArray();
        var events = contract.EventsOrEmpty;
        writer.WriteStartObject("events");
        writer.WriteStartArray("publishes");
        foreach (var published in events.Publishes)
        {
            writer.WriteStartObject();
            writer.WriteString("name", published.Name);
            writer.WriteString("nameExpression", published.NameExpression);
            writer.WriteString("knownPrefix", published.KnownPrefix);
            writer.WriteString("knownSuffix", published.KnownSuffix);
            writer.WriteStartObject("payload");
            writer.WriteString("kind", LockWireNames.Of(published.Payload.Kind));
            writer.WriteString("source", published.Payload.Source);
            WriteFields(writer, published.Payload.Fields, 0);
            writer.WriteEndObject();
            writer.WriteString("form", LockWireNames.Of(published.Form));
            writer.WriteString("flags", published.Flags);
            WriteLocation(writer, contract, published.Location);
            writer.WriteBoolean("conditional", published.Conditional);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("subscriptions");
        foreach (var subscription in events.Subscriptions)
        {
            writer.WriteStartObject();
            writer.WriteString("prefix", subscription.Prefix);
            writer.WriteString("prefixExpression", subscription.PrefixExpression);
            writer.WriteString("knownPrefix", subscription.KnownPrefix);
            writer.WriteString("handler", subscription.Handler);
            writer.WriteString("form", LockWireNames.Of(subscription.Form));
            WriteLocation(writer, contract, subscription.Location);
            writer.WriteBoolean("conditional", subscription.Conditional);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteData(writer, contract);
    }

    private static void WriteArguments(Utf8JsonWriter writer, DeviceContract contract, FunctionArgumentContract arguments)
    {
        var grammar = arguments.Grammar;
        writer.WriteStartObject();
        writer.WriteString("name", arguments.FunctionName);
        writer.WriteString("argument", LockWireNames.Of(grammar.Kind));
        writer.WriteBoolean("ignoreCase", grammar.IgnoreCase);
        writer.WriteString("separator", grammar.Separator);
        writer.WriteStartArray("words");
        foreach (var word in grammar.Words)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("fields");
        foreach (var field in grammar.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteString("type", LockWireNames.Of(field.Type));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("reason", grammar.Reason);
        writer.WriteStartArray("returnCodes");
        foreach (var code in arguments.ReturnCodes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("value", code.Value);
            writer.WriteString("name", code.Constant);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("file", arguments.File is null ? null : FirmwarePath.RelativeTo(contract.Root, arguments.File));
        writer.WriteNumber("line", arguments.Line);
        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, EquatableArray<EventField> fields, int depth)
    {
        writer.WriteStartArray("fields");
        foreach (var field in depth < MaxDepth ? fields : EquatableArray<EventField>.Empty)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteString("type", FieldType(field.Type));
            writer.WriteBoolean("conditional", field.Conditional);
            if (field.Type == EventFieldType.Array)
            {
                writer.WriteString("itemType", FieldType(field.ItemType));
            }

            if (field.Type == EventFieldType.Object || (field.Type == EventFieldType.Array && field.ItemType == EventFieldType.Object))
            {
                WriteFields(writer, field.Fields, depth + 1);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The lock's field type names, plus <c>object</c> and <c>array</c> (the lock still records those as <c>json</c>).</summary>
    private static string FieldType(EventFieldType type) => type switch
    {
        EventFieldType.Object => "object",
        EventFieldType.Array => "array",
        _ => LockWireNames.Of(type),
    };

    private static void WriteData(Utf8JsonWriter writer, DeviceContract contract)
    {
        var data = contract.Data ?? DeviceDataContract.Empty;
        writer.WriteStartObject("data");
        writer.WriteStartArray("ledgers");
        foreach (var ledger in data.Ledgers)
        {
            writer.WriteStartObject();
            writer.WriteString("name", ledger.Name);
            writer.WriteString("direction", LockWireNames.Of(ledger.Direction));
            writer.WriteBoolean("reads", ledger.Reads);
            writer.WriteBoolean("writes", ledger.Writes);
            writer.WriteBoolean("replaceMode", ledger.ReplaceMode);
            WriteKeys(writer, ledger.Keys, 0);
            WriteLocation(writer, contract, ledger.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("environment");
        foreach (var variable in data.Environment)
        {
            writer.WriteStartObject();
            writer.WriteString("name", variable.Name);
            writer.WriteString("type", LockWireNames.Of(variable.Type));
            writer.WriteString("default", variable.DefaultValue);
            WriteLocation(writer, contract, variable.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteKeys(Utf8JsonWriter writer, EquatableArray<LedgerKey> keys, int depth)
    {
        writer.WriteStartArray("keys");
        foreach (var key in depth < MaxDepth ? keys : EquatableArray<LedgerKey>.Empty)
        {
            writer.WriteStartObject();
            writer.WriteString("name", key.Name);
            writer.WriteString("type", LockWireNames.Of(key.Type));
            writer.WriteBoolean("conflict", key.Conflict);
            if (key.Keys.Count > 0)
            {
                WriteKeys(writer, key.Keys, depth + 1);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter writer, DeviceContract contract, FirmwareLocation location)
    {
        writer.WriteString("file", FirmwarePath.RelativeTo(contract.Root, location.File));
        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
    }
}
