using System.Collections.Immutable;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Cli;

/// <summary>
/// Writes contracts as readable plain-text tables (one per contract, then its diagnostics). Locations are relative to
/// the contract's root folder, which the heading line names.
/// </summary>
internal static class ContractTableWriter
{
    private static readonly string[] Headers = { "Kind", "Name", "Cloud type", "C++ type", "Form", "Handler", "Location" };

    public static void Write(ImmutableArray<DeviceContract> contracts, TextWriter output)
    {
        if (contracts.IsEmpty)
        {
            output.WriteLine("No firmware contracts found.");
            return;
        }

        var first = true;
        foreach (var contract in contracts)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            WriteContract(contract, output);
        }
    }

    private static void WriteContract(DeviceContract contract, TextWriter output)
    {
        output.WriteLine($"{contract.Name}  ({(contract.Root.Length == 0 ? "." : contract.Root)}, {contract.Files.Count} file{(contract.Files.Count == 1 ? string.Empty : "s")})");
        var rows = new List<string[]>();
        foreach (var registration in contract.Registrations)
        {
            rows.Add(new[]
            {
                registration.Kind.ToWireName(),
                (registration.Name is null ? "? " + registration.NameExpression : registration.Name) + (registration.Conditional ? " (#if)" : string.Empty),
                registration.CloudType.ToWireName() ?? "-",
                registration.CppType ?? "?",
                registration.Form.ToWireName(),
                registration.Kind == RegistrationKind.Function || registration.Form == RegistrationForm.Calculated ? registration.Handler ?? "-" : "-",
                FirmwarePath.RelativeTo(contract.Root, registration.Location.File) + ":" + registration.Location.Line.ToString(CultureInfo.InvariantCulture),
            });
        }

        if (rows.Count == 0)
        {
            output.WriteLine("  (no registrations)");
        }
        else
        {
            WriteTable(rows, output);
        }

        foreach (var diagnostic in contract.Diagnostics)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {FirmwarePath.RelativeTo(contract.Root, diagnostic.Location.File)}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity.ToWireName()} {diagnostic.Id}: {diagnostic.Message}"));
        }
    }

    private static void WriteTable(List<string[]> rows, TextWriter output)
    {
        var widths = new int[Headers.Length];
        for (var column = 0; column < Headers.Length; column++)
        {
            widths[column] = Headers[column].Length;
            foreach (var row in rows)
            {
                widths[column] = Math.Max(widths[column], row[column].Length);
            }
        }

        WriteRow(Headers, widths, output);
        WriteRow(widths.Select(width => new string('-', width)).ToArray(), widths, output);
        foreach (var row in rows)
        {
            WriteRow(row, widths, output);
        }
    }

    private static void WriteRow(string[] cells, int[] widths, TextWriter output)
    {
        output.Write("  ");
        for (var column = 0; column < cells.Length; column++)
        {
            output.Write(column == cells.Length - 1 ? cells[column] : cells[column].PadRight(widths[column] + 2));
        }

        output.WriteLine();
    }
}
