namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>Seed texts for fuzzing: realistic firmware covering every form.</summary>
internal static class FirmwareSamples
{
    public const string WeatherStation = """
        #include "Particle.h"
        #define STATUS_NAME "status"
        #if PLATFORM_ID == 6
        #define HAS_RAIN 1
        #endif
        double temp = 0.0;
        int humidity;
        String status = "x";
        char location[64] = "unknown";
        class Sensors { public: double pressure; int calibrate(String v); static int reset(String v); };
        Sensors sensors;
        double dewPoint() { return temp - 1.0; }
        int setLocation(String value) { return 1; }
        void setup() {
            Particle.variable("temp", temp);
            Particle.variable("humidity", humidity);
            Particle.variable(STATUS_NAME, status);
            Particle.variable("location", location);
            Particle.variable("pressure", sensors.pressure);
            Particle.variable("dewPoint", dewPoint);
            Particle.variable("uptime", []() -> int { return (int)millis(); });
        #ifdef HAS_RAIN
            Particle.variable("rain", humidity);
        #endif
            Particle.function("setLocation", setLocation);
            Particle.function("calibrate", &Sensors::calibrate, &sensors);
            Particle.function("reset", Sensors::reset);
        }
        void loop() { }
        """;

    public const string Legacy = """
        int counter = 0; double voltage; bool on; char message[32]; String mode;
        int toggle(String c);
        void setup() {
            Spark.variable("counter", &counter, INT);
            Spark.variable("voltage", &voltage, DOUBLE);
            Spark.variable("on", &on, BOOLEAN);
            Spark.variable("message", message, STRING);
            Spark.variable("first", &message[0], STRING);
            Spark.variable("mode", &mode, STRING);
            Spark.function("led", toggle);
        }
        """;

    public const string Forms = """
        typedef int (*Handler)(String);
        using Celsius = double;
        template <typename T> T readValue() { return T(); }
        std::function<int(String)> callable;
        std::function<double()> getter;
        const char* const NAME = "named";
        static const char TITLE[] = "title";
        Celsius c;
        auto a = 1.5;
        struct Lamp { int set(String v); int get(String v) const; } lamp;
        void setup() {
            static int boots;
            Particle.variable(NAME, boots);
            Particle.variable(TITLE, c);
            Particle.variable("t" "x", readValue<int>);
            Particle.variable(String("g"), getter);
            Particle.variable("a", a);
            Particle.function("c", callable);
            Particle.function("l", [](const String& s) {
                return s.length() > 0 ? 1 : 0;
            }, nullptr);
            Particle.function("set", static_cast<int (Lamp::*)(String)>(&Lamp::set), &lamp);
            CHECK(Particle.function("get", &Lamp::get, &lamp));
            /* Particle.variable("commented", x); */
            Log.info("Particle.variable(\"str\", x)");
            auto raw = R"js(Particle.function("raw", f))js";
        }
        """;
}
