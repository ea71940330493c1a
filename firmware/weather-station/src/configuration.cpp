/*
 * Station configuration from the cloud, read at startup: the "station-config" ledger (cloud-to-device, Device OS
 * 6.1+) and the REPORT_INTERVAL environment variable (Device OS 6.4+; default bundled in env.json).
 */
#include "Particle.h"
#include "config.h"

Ledger stationConfig;
double alertAbove = 35.0;
int reportInterval = 60;

void readConfiguration() {
    stationConfig = Particle.ledger("station-config");
    LedgerData config = stationConfig.get();
    if (config.has("alertAbove")) {
        alertAbove = config.get("alertAbove").toDouble();
    }
    System.getEnv("REPORT_INTERVAL", reportInterval);
}
