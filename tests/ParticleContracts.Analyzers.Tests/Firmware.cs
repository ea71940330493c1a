namespace ParticleContracts.Analyzers.Tests;

/// <summary>Firmware shared by the tests; the real generator writes the proxies.</summary>
internal static class Firmware
{
    public const string GreenhousePath = "/firmware/greenhouse/src/greenhouse.cpp";

    public const string Greenhouse = """
        int soilMoisture = 0;
        int water(String ms) { return 0; }
        void setup() {
            Particle.variable("soilMoisture", soilMoisture);
            Particle.function("water", water);
        }
        """;

    /// <summary>A project whose variable name is only known at run time.</summary>
    public const string DynamicPath = "/firmware/dynamic/src/dynamic.cpp";

    public const string Dynamic = """
        char variableName[32];
        double value = 0;
        void setup() {
            snprintf(variableName, sizeof(variableName), "v%d", 1);
            Particle.variable(variableName, value);
        }
        """;

    public const string LevelsPath = "/firmware/levels/src/levels.cpp";

    public const string Levels = """
        int level1 = 0;
        int level2 = 0;
        int levels = 0;
        void setup() {
            Particle.variable("level1", level1);
            Particle.variable("level2", level2);
            Particle.variable("levels", levels);
        }
        """;

    public const string WeatherStationPath = "/firmware/weather-station/src/weather-station.cpp";

    public const string WeatherStation = """
        #include "Particle.h"

        double temperature = 0;
        int humidity = 0;
        bool raining = false;
        String location = "roof";

        int setColor(String rgb) { return 1; }
        int resetStation(String arg) { return 0; }

        void setup() {
            Particle.variable("temperature", temperature);
            Particle.variable("humidity", humidity);
            Particle.variable("raining", raining);
            Particle.variable("location", location);
            Particle.function("setColor", setColor);
            Particle.function("resetStation", resetStation);
        }

        void loop() {}
        """;
}
