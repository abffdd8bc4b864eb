package com.frameworkadvisor.conversation;

/** A button under a reply: the label shown and the data sent back when pressed (at most 64 bytes). */
public record Button(String label, String data) {
}
