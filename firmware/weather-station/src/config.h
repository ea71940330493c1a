#pragma once

// Cloud names shared with the dashboard.
#define STATUS_VARIABLE "status"
#define STATION_VERSION 3

#if STATION_VERSION >= 2
#define HAS_RAIN_SENSOR 1
#endif

// Reads the station-config ledger and the REPORT_INTERVAL environment variable (configuration.cpp).
void readConfiguration();
