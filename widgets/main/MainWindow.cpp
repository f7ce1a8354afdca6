#include "main/MainWindow.h"
