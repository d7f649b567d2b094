#pragma once
// What every test main does around its Qt application object.

namespace atlas::test {

// Selects Qt's offscreen platform unless the caller chose one: tests never need a display.
void useOffscreenPlatformUnlessSet();
// Runs the Catch2 session on the command line; prints only what Catch prints.
int runCatchSession(int argc, char** argv);

}  // namespace atlas::test
