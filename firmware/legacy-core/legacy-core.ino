// Spark Core era firmware (2014): the legacy pointer + type-enum registration forms.
// Still accepted by current Device OS (with a deprecation warning for Spark).

int counter = 0;
double voltage = 0.0;
bool ledOn = false;
char message[32] = "hello";
String mode = "auto";

int toggleLed(String command);

void setup() {
    pinMode(D7, OUTPUT);

    Spark.variable("counter", &counter, INT);
    Spark.variable("voltage", &voltage, DOUBLE);
    Spark.variable("ledOn", &ledOn, BOOLEAN);
    Spark.variable("message", message, STRING);
    Spark.variable("mode", &mode, STRING);

    Spark.function("led", toggleLed);
}

void loop() {
    counter++;
    voltage = analogRead(A0) * 3.3 / 4095.0;
    delay(1000);
}

int toggleLed(String command) {
    if (command == "on") {
        ledOn = true;
    } else if (command == "off") {
        ledOn = false;
    } else {
        return -1;
    }
    digitalWrite(D7, ledOn ? HIGH : LOW);
    return 1;
}
