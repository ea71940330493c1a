// Cloud API getting started, part 2: a cloud function that sets the status LED colour.
// Call it with: POST /v1/devices/:device/setColor  arg=255,0,0

int setColor(String command);

void setup() {
    RGB.control(true);
    Particle.function("setColor", setColor);
}

void loop() {
}

// Parses one 0-255 component; returns -1 when the text is not a plain decimal number in range.
static int parseComponent(String text) {
    text.trim();
    if (text.length() == 0 || text.length() > 3) {
        return -1;
    }
    for (unsigned int i = 0; i < text.length(); i++) {
        if (!isDigit(text.charAt(i))) {
            return -1;
        }
    }
    int value = text.toInt();
    return value <= 255 ? value : -1;
}

// "255,0,0" turns the LED red. Returns 1 when the text is a valid colour, 0 otherwise.
int setColor(String command) {
    int firstComma = command.indexOf(',');
    int secondComma = command.indexOf(',', firstComma + 1);
    if (firstComma < 0 || secondComma < 0 || command.indexOf(',', secondComma + 1) >= 0) {
        return 0;
    }
    int red = parseComponent(command.substring(0, firstComma));
    int green = parseComponent(command.substring(firstComma + 1, secondComma));
    int blue = parseComponent(command.substring(secondComma + 1));
    if (red < 0 || green < 0 || blue < 0) {
        return 0;
    }
    RGB.color(red, green, blue);
    return 1;
}
