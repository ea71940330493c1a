// A greenhouse controller: the package test's consumer reads these through the generated proxy.
#include "Particle.h"

double temperature = 0.0;
int humidity = 0;
bool vented = false;
String mode = "auto";

int setVent(String command) {
    if (command == "open") {
        vented = true;
        return 1;
    }
    if (command == "close") {
        vented = false;
        return 0;
    }
    return -1;
}

void setup() {
    Particle.variable("temperature", temperature);
    Particle.variable("humidity", humidity);
    Particle.variable("vented", vented);
    Particle.variable("mode", mode);
    Particle.function("setVent", setVent);
}

void loop() {
}
