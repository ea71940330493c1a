// Cloud API getting started, part 1: expose a value as a cloud variable.
// Read it with: GET /v1/devices/:device/randomValue

int randomValue = 0;

void setup() {
    // Register in setup(): the device sends its variable list when setup() returns.
    Particle.variable("randomValue", randomValue);
    randomSeed(analogRead(A0));
}

void loop() {
    randomValue = random(0, 1000);
    delay(5000);
}
