#ifndef WEATHER_SENSORS_H
#define WEATHER_SENSORS_H

#include "Particle.h"

// The station's sensor block. Its members are read by the cloud, so the object must be global.
class WeatherSensors {
public:
    void begin();
    void sample();

    // Cloud function: "calibrate" takes an offset in tenths of a degree, e.g. "-12".
    int calibrate(String offset);

    double pressure = 1013.25;
    int calibrationOffset = 0;

    // Set by the "station/setpoint" subscription; when the last "weather/reading" was published.
    double setpoint = 20.0;
    unsigned long lastReading = 0;
};

#endif
