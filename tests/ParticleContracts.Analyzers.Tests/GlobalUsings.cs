global using Microsoft.CodeAnalysis;
global using ParticleContracts.Generators.Diagnostics;
