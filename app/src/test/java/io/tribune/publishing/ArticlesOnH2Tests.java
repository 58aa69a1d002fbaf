package io.tribune.publishing;

import io.tribune.TribuneTest;

@TribuneTest
class ArticlesOnH2Tests extends ArticlesContract {}
