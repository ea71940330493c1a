#include "sensors.h"

void WeatherSensors::begin() {
    pinMode(A1, INPUT);
}

void WeatherSensors::sample() {
    pressure = 950.0 + analogRead(A1) / 40.0;
}

int WeatherSensors::calibrate(String offset) {
    offset.trim();
    if (offset.length() == 0) {
        return -1;
    }
    calibrationOffset = offset.toInt();
    return 1;
}
