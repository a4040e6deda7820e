# The randomized invocation tester's runs (tests/qemu/random): the fixed
# seeds `make test` runs and the steps of each, and the soak run's seed
# and steps (`make soak SEED=... STEPS=... [TRACE=1]` sets them).
set(PAGODA_RANDOM_SEEDS 1 2 3 4)
set(PAGODA_RANDOM_STEPS 60000)
set(PAGODA_SOAK_SEED 1 CACHE STRING "Seed of the soak run of the randomized tester")
set(PAGODA_SOAK_STEPS 1000000 CACHE STRING "Steps of the soak run of the randomized tester")
set(PAGODA_SOAK_TRACE 0 CACHE STRING "1: the soak run prints each invocation it checks")
