/*
 * Weather station: temperature, humidity and rain, as cloud variables and a "weather/reading" event.
 */
#include "Particle.h"
#include "config.h"
#include "sensors.h"

SYSTEM_THREAD(ENABLED);

double temp = 0.0;
int humidity = 0;
bool raining = false;
String status = "starting";
char location[64] = "unknown";

WeatherSensors sensors;

// Calculated variable: computed each time the cloud asks.
double dewPoint() {
    return temp - ((100.0 - humidity) / 5.0);
}

// @particle-arg string: a location is any text, so the generated member stays SetLocationAsync(string).
int setLocation(String value) {
    if (value.length() == 0 || value.length() >= sizeof(location)) {
        return -1;
    }
    strncpy(location, value.c_str(), sizeof(location) - 1);
    return 1;
}

// Typed function arguments: the generator reads these handler bodies and gives each function a typed C# overload
// (README "Typed function arguments").
#define UNITS_OK 0
#define UNITS_UNKNOWN -1
#define ALARM_SET 1
#define ALARM_INVALID -1
const int kConfigured = 0;
const int kRejected = -1;

bool metric = true;
int alarmLow = -10;
int alarmHigh = 35;
int reportInterval = 60;

// A closed set of words: SetUnitsAsync(WeatherStation.SetUnitsSystem system).
int setUnits(String system) {
    if (system == "metric") {
        metric = true;
        return UNITS_OK;
    } else if (system == "imperial") {
        metric = false;
        return UNITS_OK;
    }
    return UNITS_UNKNOWN;
}

// Positional fields: SetAlarmAsync(int low, int high).
int setAlarm(String range) {
    int low = 0;
    int high = 0;
    if (sscanf(range.c_str(), "%d,%d", &low, &high) != 2 || low >= high) {
        return ALARM_INVALID;
    }
    alarmLow = low;
    alarmHigh = high;
    return ALARM_SET;
}

// A JSON object: ConfigureAsync(WeatherStation.ConfigureArguments arguments).
int configure(String json) {
    JSONValue root = JSONValue::parseCopy(json.c_str());
    if (!root.isObject()) {
        return kRejected;
    }
    JSONObjectIterator it(root);
    while (it.next()) {
        if (it.name() == "interval") {
            reportInterval = it.value().toInt();
        } else if (it.name() == "label") {
            status = (const char*)it.value().toString();
        }
    }
    return kConfigured;
}

void setup() {
    Particle.variable("temp", temp);
    Particle.variable("humidity", humidity);
#if HAS_RAIN_SENSOR
    Particle.variable("raining", raining);
#endif
    Particle.variable(STATUS_VARIABLE, status);
    Particle.variable("location", location);
    Particle.variable("pressure", sensors.pressure);
    Particle.variable("dewPoint", dewPoint);
    Particle.variable("uptime", []() -> int {
        return (int)(millis() / 1000);
    });

    Particle.function("setLocation", setLocation);
    Particle.function("calibrate", &WeatherSensors::calibrate, &sensors);
    // "station/setpoint" events carry a target temperature, e.g. "21.5".
    Particle.subscribe("station/setpoint", [](const char* event, const char* data) { sensors.setpoint = atof(data); });
    Particle.function("setUnits", setUnits);
    Particle.function("setAlarm", setAlarm);
    Particle.function("configure", configure);

    sensors.begin();
    readConfiguration();
    status = "running";
}

void loop() {
    sensors.sample();
    temp = analogRead(A0) / 40.0 - 10.0;
    humidity = analogRead(A2) / 41;
    raining = digitalRead(D2) == HIGH;

    // A structured reading once a minute (the cloud allows about one event per second).
    if (millis() - sensors.lastReading >= 60000) {
        sensors.lastReading = millis();
        Particle.publish("weather/reading", String::format("{\"temp\":%.1f,\"humidity\":%d,\"raining\":%s}",
                         temp, humidity, raining ? "true" : "false"), PRIVATE);
    }
    delay(1000);
}
