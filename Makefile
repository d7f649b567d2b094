# Atlas Territoires: the two set-up commands are `make run` and `make test`.
BUILD ?= build
# CI builds treat warnings as errors.
WERROR := $(if $(CI),ON,OFF)

.PHONY: all deps configure build demo run screenshot test package clean

all: build

deps:
	bash scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DATLAS_WERROR=$(WERROR)

build: configure
	cmake --build $(BUILD)

demo: build
	bash scripts/build-demo.sh $(BUILD)

# Installs, builds and opens the desktop app on the demo atlas.
run: demo
	$(BUILD)/app/desktop/atlas $(BUILD)/demo/demo.atlas

# Saves a grab of the main window on the demo atlas (no display needed).
screenshot: demo
	QT_QPA_PLATFORM=offscreen $(BUILD)/app/desktop/atlas --screenshot docs/screenshot.png $(BUILD)/demo/demo.atlas

# Installs, builds and runs every test.
test: demo
	cd $(BUILD) && ctest --output-on-failure -j2

package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
