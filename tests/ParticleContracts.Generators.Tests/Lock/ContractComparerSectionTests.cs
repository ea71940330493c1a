using ParticleContracts.Generators.Lock;
using static ParticleContracts.Generators.Tests.Lock.LockSectionTests;

namespace ParticleContracts.Generators.Tests.Lock;

/// <summary>
/// Before/after firmware pairs for the event, argument, return-code, ledger and environment sections: each edit of
/// <see cref="LockSectionTests.LampFirmware"/> and every change <see cref="ContractComparer"/> reports for it, classed.
/// </summary>
public sealed class ContractComparerSectionTests
{
    private const string Publish = "    Particle.publish(\"lamp/state\", String::format(\"{\\\"level\\\":%d,\\\"on\\\":%s}\", level, level > 0 ? \"true\" : \"false\"));\n";
    private const string Ledger = "    config = Particle.ledger(\"lamp-config\");\n    LedgerData data = config.get();\n    double max = data.get(\"max\").toDouble();\n";
    private const string SetLevelBody = "    int parsed = value.toInt();\n    if (parsed < 0) {\n        return -1;\n    }\n    level = parsed;\n    return 1;\n";

    public static TheoryData<string, string, string, string[]> Edits => new()
    {
        { "published event removed", Publish, string.Empty, ["WIRE-breaking member-removed: published event 'lamp/state' removed"] },
        {
            "published event renamed", "\"lamp/state\"", "\"lamp/status\"",
            ["WIRE-breaking member-removed: published event 'lamp/state' removed (renamed to 'lamp/status'?)", "additive member-added: published event 'lamp/status' added"]
        },
        { "payload field removed", ",\\\"on\\\":%s}\", level, level > 0 ? \"true\" : \"false\")", "}\", level)", ["WIRE-breaking item-removed: published event 'lamp/state' payload field 'on' removed"] },
        { "payload field type changed", "\\\"level\\\":%d", "\\\"level\\\":\\\"%d\\\"", ["WIRE-breaking item-changed: published event 'lamp/state' payload field 'level' type int32 → string"] },
        { "payload field added", "\\\"on\\\":%s}\", level,", "\\\"on\\\":%s,\\\"max\\\":%d}\", level,", ["additive item-added: published event 'lamp/state' payload field 'max' added (int32)"] },
        { "subscription removed", "    Particle.subscribe(\"lamp/command\", onCommand);\n", string.Empty, ["WIRE-breaking member-removed: subscription 'lamp/command' removed"] },
        { "new subscription", "    Particle.subscribe(\"lamp/command\", onCommand);\n", "    Particle.subscribe(\"lamp/command\", onCommand);\n    Particle.subscribe(\"lamp/all\", onCommand);\n", ["additive member-added: subscription 'lamp/all' added"] },
        { "word removed", "    if (mode == \"boost\") {\n        return MODE_OK;\n    }\n", string.Empty, ["WIRE-breaking item-removed: function 'setMode' word 'boost' removed"] },
        { "word added", "    if (mode == \"boost\") {", "    if (mode == \"off\") {\n        return MODE_OK;\n    }\n    if (mode == \"boost\") {", ["additive item-added: function 'setMode' word 'off' added"] },
        {
            "positional field added", "\"%d,%d\", &low, &high) != 2", "\"%d,%d,%d\", &low, &high, &level) != 3",
            ["WIRE-breaking item-added: function 'setRange' argument field 3 added (integer)"]
        },
        { "integer became number", "    int parsed = value.toInt();", "    float parsed = value.toFloat();", ["additive property-changed: function 'setLevel' argument integer → number"] },
        {
            "number became words", SetLevelBody, "    if (value == \"max\") {\n        level = 100;\n        return 1;\n    }\n    return -1;\n",
            ["WIRE-breaking property-changed: function 'setLevel' argument integer → words"]
        },
        {
            "return code renumbered", "#define MODE_BAD -1", "#define MODE_BAD -2",
            ["WIRE-breaking item-removed: function 'setMode' return code -1 removed", "additive item-added: function 'setMode' return code -2 added"]
        },
        { "return code renamed", "MODE_OK", "MODE_DONE", ["cosmetic item-changed: function 'setMode' return code 0 name MODE_OK → MODE_DONE"] },
        { "ledger removed", Ledger, string.Empty, ["WIRE-breaking member-removed: ledger 'lamp-config' removed"] },
        {
            "ledger direction flipped", "    LedgerData data = config.get();\n    double max = data.get(\"max\").toDouble();\n", "    config.set(LedgerData{{\"max\", 1.5}});\n",
            ["WIRE-breaking property-changed: ledger 'lamp-config' direction cloud-to-device → device-to-cloud"]
        },
        { "ledger key type changed", "data.get(\"max\").toDouble()", "data.get(\"max\").toInt()", ["WIRE-breaking item-changed: ledger 'lamp-config' ledger key 'max' type double → int"] },
        {
            "ledger key renamed", "data.get(\"max\")", "data.get(\"limit\")",
            ["WIRE-breaking item-removed: ledger 'lamp-config' ledger key 'max' removed", "additive item-added: ledger 'lamp-config' ledger key 'limit' added (double)"]
        },
        { "environment variable removed", "    System.getEnv(\"INTERVAL\", interval);\n", string.Empty, ["WIRE-breaking member-removed: environment variable 'INTERVAL' removed"] },
        { "environment variable type changed", "int interval = 60;", "bool interval = false;", ["WIRE-breaking property-changed: environment variable 'INTERVAL' type int → bool"] },
        {
            "environment variable added", "    System.getEnv(\"INTERVAL\", interval);\n", "    System.getEnv(\"INTERVAL\", interval);\n    String label;\n    System.getEnv(\"LABEL\", label);\n",
            ["additive member-added: environment variable 'LABEL' added (string)"]
        },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Each_edit_is_classed(string edit, string from, string to, string[] expected)
    {
        Assert.Contains(from, LampFirmware, StringComparison.Ordinal);
        var before = Locked(LampFirmware);
        var after = Locked(LampFirmware.Replace(from, to, StringComparison.Ordinal));
        var changes = ContractComparer.CompareContracts(before, after).Changes
            .Select(c => Category(c.Category) + " " + Kebab(c.Kind.ToString()) + ": " + c.Description)
            .ToList();
        Assert.True(expected.SequenceEqual(changes), edit + ":\n" + string.Join("\n", changes));
    }

    [Fact]
    public void Breaking_changes_name_their_consequence_and_a_lock_without_the_new_sections_only_gains_members()
    {
        var removed = ContractComparer.CompareContracts(Locked(LampFirmware), Locked(LampFirmware.Replace("    if (mode == \"boost\") {\n        return MODE_OK;\n    }\n", string.Empty, StringComparison.Ordinal))).Changes.Single();
        Assert.Equal(("words.boost", "apps built against the lock will send a word the function no longer accepts", "word 'boost' removed"), (removed.Property, removed.Consequence, removed.Detail));

        // A lock written before events, grammars, ledgers and environment variables were recorded.
        var old = LockReader.Read("l.json", """
            { "lockVersion": 1, "contracts": [ { "name": "Lamp", "root": ".", "variables": [], "functions": [
              { "name": "setLevel", "cppType": "int(String)", "form": "function-pointer" },
              { "name": "setMode", "cppType": "int(String)", "form": "function-pointer" },
              { "name": "setRange", "cppType": "int(String)", "form": "function-pointer" } ] } ] }
            """).Lock!.Contracts.Single();
        var changes = ContractComparer.CompareContracts(old, Locked(LampFirmware)).Changes;
        Assert.DoesNotContain(changes, c => c.Category == ChangeCategory.Breaking);
        Assert.Equal(4, changes.Count(c => c.Kind == ChangeKind.MemberAdded));
        Assert.Equal(3, changes.Count(c => c.Kind == ChangeKind.PropertyChanged && c.Property == "argument" && c.Category == ChangeCategory.Additive));
    }

    /// <summary>A Variant payload with a nested object, an array, a conditional field and a field sent on every path.</summary>
    internal const string StateFirmware = """
        #include "Particle.h"
        double lat;
        double lon;
        int battery;
        bool hasGps;
        void loop() {
            VariantMap pos;
            pos.set("lat", lat);
            pos.set("lon", lon);
            VariantArray history;
            history.append(lat);
            Variant data;
            data.set("pos", pos);
            data.set("history", history);
            data.set("battery", battery);
            if (hasGps) {
                data.set("sats", 7);
            }
            Particle.publish("rover/state", data);
        }
        """;

    public static TheoryData<string, string, string, string[]> PayloadEdits => new()
    {
        { "nested member removed", "    pos.set(\"lon\", lon);\n", string.Empty, ["WIRE-breaking item-removed: published event 'rover/state' payload field 'pos.lon' removed"] },
        { "nested member type changed", "pos.set(\"lat\", lat);", "pos.set(\"lat\", battery);", ["WIRE-breaking item-changed: published event 'rover/state' payload field 'pos.lat' type double → int32"] },
        { "array item type changed", "history.append(lat);", "history.append(battery);", ["WIRE-breaking item-changed: published event 'rover/state' payload field 'history[]' type double → int32"] },
        {
            "field became conditional", "    data.set(\"battery\", battery);\n    if (hasGps) {\n", "    if (hasGps) {\n        data.set(\"battery\", battery);\n",
            ["WIRE-breaking item-changed: published event 'rover/state' payload field 'battery' conditional none → true"]
        },
        { "field now always sent", "    if (hasGps) {\n        data.set(\"sats\", 7);\n    }\n", "    data.set(\"sats\", 7);\n", ["additive item-changed: published event 'rover/state' payload field 'sats' conditional true → none"] },
    };

    [Theory]
    [MemberData(nameof(PayloadEdits))]
    public void Each_nested_payload_edit_is_classed(string edit, string from, string to, string[] expected)
    {
        Assert.Contains(from, StateFirmware, StringComparison.Ordinal);
        var changes = ContractComparer.CompareContracts(Locked(StateFirmware), Locked(StateFirmware.Replace(from, to, StringComparison.Ordinal))).Changes
            .Select(c => Category(c.Category) + " " + Kebab(c.Kind.ToString()) + ": " + c.Description)
            .ToList();
        Assert.True(expected.SequenceEqual(changes), edit + ":\n" + string.Join("\n", changes));
    }

    [Fact]
    public void Nested_members_and_conditional_fields_are_locked_and_read_back()
    {
        var contract = Locked(StateFirmware);
        var text = LockWriter.Write(LockBuilder.ToLock([contract]));
        Assert.Contains("""{ "name": "rover/state", "payload": "json", "form": "variant", "fields": [{ "name": "battery", "type": "int32" }, { "name": "history", "type": "json" }, { "name": "history[]", "type": "double" }, { "name": "pos", "type": "json" }, { "name": "pos.lat", "type": "double" }, { "name": "pos.lon", "type": "double" }, { "name": "sats", "type": "int32", "conditional": true }] }""", text, StringComparison.Ordinal);
        var read = LockReader.Read("l.json", text).Lock!.Contracts.Single();
        Assert.Equal(contract.Members.Single(m => m.Section == "publishes").Items, read.Members.Single(m => m.Section == "publishes").Items);
        Assert.Empty(ContractComparer.CompareContracts(read, contract).Changes);

        var flipped = ContractComparer.CompareContracts(Locked(StateFirmware), Locked(StateFirmware.Replace("    data.set(\"battery\", battery);\n    if (hasGps) {\n", "    if (hasGps) {\n        data.set(\"battery\", battery);\n", StringComparison.Ordinal))).Changes.Single();
        Assert.Equal((ChangeCategory.Breaking, "apps built against the lock will expect a field the device no longer always sends"), (flipped.Category, flipped.Consequence));
    }

    [Fact]
    public void Narrowing_an_argument_breaks_and_widening_it_does_not()
    {
        Assert.True(WireChangeRules.AcceptsAll("text", "words"));
        Assert.True(WireChangeRules.AcceptsAll("none", "fields"));
        Assert.True(WireChangeRules.AcceptsAll("number", "integer"));
        Assert.False(WireChangeRules.AcceptsAll("integer", "number"));
        Assert.False(WireChangeRules.AcceptsAll("words", "text"));
        Assert.False(WireChangeRules.AcceptsAll("json", "fields"));
    }

    private static string Category(ChangeCategory category) => category switch
    {
        ChangeCategory.Breaking => "WIRE-breaking",
        ChangeCategory.Additive => "additive",
        _ => "cosmetic",
    };

    private static string Kebab(string kind) =>
        string.Concat(kind.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
