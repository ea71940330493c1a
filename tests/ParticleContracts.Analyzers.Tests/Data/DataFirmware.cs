namespace ParticleContracts.Analyzers.Tests.Data;

/// <summary>Firmware with ledgers in both directions and environment variables of every decoder.</summary>
internal static class DataFirmware
{
    public const string Path = "/firmware/station/src/station.cpp";

    public const string Station = """
        #include "Particle.h"
        Ledger config;
        Ledger status;
        int period = 60;
        bool debug = false;
        String endpoint;
        void setup() {
            config = Particle.ledger("station-config");
            status = Particle.ledger("station-status");
            double threshold = config.get().get("threshold").toDouble();
            status.set(LedgerData{{"battery", 87}}, Ledger::MERGE);
            System.getEnv("REPORT_INTERVAL", period);
            System.getEnv("ENABLE_DEBUG", debug);
            System.getEnv("ENDPOINT", endpoint);
        }
        void loop() {}
        """;

    /// <summary>The same ledger written here, read by <see cref="Station"/>; and REPORT_INTERVAL read as a string.</summary>
    public const string Reader = """
        #include "Particle.h"
        Ledger cfg;
        String period;
        void setup() {
            cfg = Particle.ledger("station-status");
            int battery = cfg.get().get("battery").toInt();
            System.getEnv("REPORT_INTERVAL", period);
        }
        void loop() {}
        """;

    /// <summary>A client-only app with the station firmware in the project.</summary>
    public static AnalyzerTest<TAnalyzer> Test<TAnalyzer>(string statements, params (string Path, string Text)[] more)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerTest<TAnalyzer>(Sources.ClientOnlyApp(statements), withFirmware: false);
        test.TestState.AdditionalFiles.Add((Path, Station));
        foreach (var file in more)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test;
    }
}
