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

int setLocation(String value) {
    if (value.length() == 0 || value.length() >= sizeof(location)) {
        return -1;
    }
    strncpy(location, value.c_str(), sizeof(location) - 1);
    return 1;
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
