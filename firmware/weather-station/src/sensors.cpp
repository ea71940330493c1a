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
    int value = offset.toInt();
    if (value < -50 || value > 50) {
        return -1;
    }
    calibrationOffset = value;
    return 1;
}
